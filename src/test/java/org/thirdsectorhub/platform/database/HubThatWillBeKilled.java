package org.thirdsectorhub.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the database, writes a row, then waits to be killed. */
public final class HubThatWillBeKilled {

    private HubThatWillBeKilled() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('MK Dons SET')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
