package org.thirdsectorhub.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    private Path directory;

    @BeforeEach
    void newDirectory() throws Exception {
        Files.createDirectories(Path.of("target"));
        directory = Files.createTempDirectory(Path.of("target"), "embedded-db-test").resolve("postgres");
    }

    @AfterEach
    void removeDirectory() throws Exception {
        try (Stream<Path> paths = Files.walk(directory.getParent())) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false)) {
            execute(database, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('Home-Start Milton Keynes')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, false)) {
            assertThat(query(database, "SELECT name FROM kept")).isEqualTo("Home-Start Milton Keynes");
        }
    }

    @Test
    void aServerLeftRunningByAKilledHubIsStoppedAndTheDataKept() throws Exception {
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HubThatWillBeKilled.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(hub.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // the child's log lines
            }
            assertThat(line).as("the child hub started its database").isNotNull();
        }
        long orphanPid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        hub.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                .as("kill -9 of the hub leaves its PostgreSQL server running").isTrue();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(directory, false)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(restarted, "SELECT name FROM kept")).isEqualTo("MK Dons SET");
        }
    }

    @Test
    void aSecondHubOnTheSameDirectorySharesTheRunningServer() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, false)) {
            execute(first, "CREATE TABLE shared_table (name text); INSERT INTO shared_table VALUES ('shared')");
            try (EmbeddedDatabase second = EmbeddedDatabase.start(directory, false)) {
                assertThat(second.jdbcUrl()).isNotEqualTo(first.jdbcUrl());
                assertThat(query(second, "SELECT name FROM shared_table")).isEqualTo("shared");
            }
            assertThat(query(first, "SELECT name FROM shared_table")).isEqualTo("shared");
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
