-- The directory index makes an organisation's search words itself when it reads the organisation, so the
-- register no longer keeps a second copy of its names, description and purposes in every row: they were two
-- fifths of the organisation table, kept in step by every writer, and read by nothing else.
ALTER TABLE organisations.organisation DROP COLUMN search_names, DROP COLUMN search_text;

-- Other names and tags are search words now, so a change to them is noted for the directory like the rest.
DO $$
DECLARE
    watched TEXT[] := ARRAY['organisation_other_name', 'organisation_tag'];
    t TEXT;
BEGIN
    FOREACH t IN ARRAY watched LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON organisations.%I REFERENCING NEW TABLE AS changed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisations.note_directory_change(%L)',
            t || '_directory_insert', t, 'organisation');
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON organisations.%I REFERENCING NEW TABLE AS changed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisations.note_directory_change(%L)',
            t || '_directory_update', t, 'organisation');
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON organisations.%I REFERENCING OLD TABLE AS changed'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION organisations.note_directory_change(%L)',
            t || '_directory_delete', t, 'organisation');
    END LOOP;
END $$;
