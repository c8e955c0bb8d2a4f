-- The public directory is searched through a Lucene index kept beside the database. Every change to what
-- the directory shows leaves the organisation's id here, written by triggers so that no path that changes
-- the register (forms, imports, merges, a new definition, plain SQL) can forget to. The index removes the
-- rows it has applied, in the same snapshot it read the organisations from, so a change committed while
-- it works stays for the next round.
CREATE TABLE organisations.directory_change (
    seq          BIGSERIAL PRIMARY KEY,
    organisation UUID NOT NULL,
    xact         BIGINT NOT NULL DEFAULT txid_current(),
    UNIQUE (organisation, xact)
);

-- Names this database, so an index built from another one (a restored backup, a new server) is rebuilt.
CREATE TABLE organisations.directory_index_source (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid()
);
INSERT INTO organisations.directory_index_source DEFAULT VALUES;

CREATE FUNCTION organisations.note_directory_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO organisations.directory_change (organisation) SELECT DISTINCT %I FROM changed'
        || ' ON CONFLICT DO NOTHING', TG_ARGV[0]);
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
