CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.audit_entry (
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       TEXT NOT NULL,
    actor_id    UUID,
    module      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT,
    action      TEXT NOT NULL,
    summary     TEXT NOT NULL,
    search_text TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('english', coalesce(actor, '') || ' ' || entity_type || ' ' || action || ' ' || summary)) STORED
);
CREATE INDEX audit_entry_occurred_at_idx ON audit.audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_entity_idx ON audit.audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_search_idx ON audit.audit_entry USING GIN (search_text);

-- The trail is append-only: nobody, not even the hub itself, may change or remove an entry.
CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
