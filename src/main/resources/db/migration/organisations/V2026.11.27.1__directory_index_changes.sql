-- The public directory is searched through a Lucene index that each hub node keeps beside it. Every change
-- to what the directory shows leaves the organisation's id here once for every node, written by triggers
-- so that no path that changes the register (forms, imports, merges, a new definition, plain SQL) can forget
-- to. A node removes its rows as it applies them, in the same snapshot it read the organisations from, so a
-- change committed while it works stays for its next round.
CREATE TABLE organisations.directory_index_node (
    id      UUID PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE organisations.directory_change (
    seq          BIGSERIAL PRIMARY KEY,
    node         UUID NOT NULL REFERENCES organisations.directory_index_node (id) ON DELETE CASCADE,
    organisation UUID NOT NULL,
    xact         BIGINT NOT NULL DEFAULT txid_current(),
    UNIQUE (node, organisation, xact)
);
CREATE INDEX directory_change_node_idx ON organisations.directory_change (node, seq);

CREATE FUNCTION organisations.note_directory_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO organisations.directory_change (node, organisation)'
        || ' SELECT n.id, c.organisation FROM organisations.directory_index_node n'
        || ' CROSS JOIN (SELECT DISTINCT %I AS organisation FROM changed) c ON CONFLICT DO NOTHING', TG_ARGV[0]);
    RETURN NULL;
END $$;

DO $$
DECLARE
    watched TEXT[][] := ARRAY[
        ARRAY['organisation', 'id'],
        ARRAY['classification', 'organisation'],
        ARRAY['organisation_classification', 'organisation'],
        ARRAY['organisation_quality_mark', 'organisation'],
        ARRAY['organisation_identifier', 'organisation']];
    i INT;
BEGIN
    FOR i IN 1 .. array_length(watched, 1) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON organisations.%I REFERENCING NEW TABLE AS changed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisations.note_directory_change(%L)',
            watched[i][1] || '_directory_insert', watched[i][1], watched[i][2]);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON organisations.%I REFERENCING NEW TABLE AS changed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisations.note_directory_change(%L)',
            watched[i][1] || '_directory_update', watched[i][1], watched[i][2]);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON organisations.%I REFERENCING OLD TABLE AS changed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisations.note_directory_change(%L)',
            watched[i][1] || '_directory_delete', watched[i][1], watched[i][2]);
    END LOOP;
END $$;
