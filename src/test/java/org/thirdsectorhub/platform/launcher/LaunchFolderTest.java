package org.thirdsectorhub.platform.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchFolderTest {

    @TempDir
    Path temp;

    @Test
    void aJvmNotStartedWithJavaDashJarHasNoFolder() {
        // The tests run on a class path of many jars and directories, as the hub does under an IDE or Maven.
        assertThat(LaunchFolder.forThisProcess()).isEmpty();
    }

    @Test
    void isReadyOnlyOnceStampedForThisVeryJarWithItsCopyAndArchive() throws Exception {
        LaunchFolder folder = preparedFolder();
        assertThat(folder.ready()).isFalse();

        folder.markReady();
        assertThat(folder.ready()).isTrue();

        Files.delete(folder.archive());
        assertThat(folder.ready()).as("without its archive").isFalse();
    }

    @Test
    void aRebuiltJarMakesTheFolderStale() throws Exception {
        LaunchFolder folder = preparedFolder();
        folder.markReady();

        Files.setLastModifiedTime(folder.jar(), FileTime.fromMillis(Files.getLastModifiedTime(folder.jar()).toMillis() + 5000));
        assertThat(folder.ready()).isFalse();
    }

    @Test
    void aFailedPreparationIsRememberedForThatJarAndADay() throws Exception {
        LaunchFolder folder = preparedFolder();
        folder.markFailed();
        assertThat(folder.failedBefore()).isTrue();
        assertThat(folder.ready()).isFalse();

        Path failed = folder.folder().resolve("failed");
        Files.setLastModifiedTime(failed, FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))));
        assertThat(folder.failedBefore()).as("a day later").isFalse();

        folder.markFailed();
        Files.writeString(folder.jar(), "a new build");
        assertThat(folder.failedBefore()).isFalse();
    }

    @Test
    void debuggersAgentsAndArchivesOfTheirOwnAreNotPassedOnToASecondJvm() {
        assertThat(LaunchFolder.passable(List.of("-Xmx1g", "-Dhub.x=y", "-XX:+UseG1GC"))).isTrue();
        assertThat(LaunchFolder.passable(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"))).isFalse();
        assertThat(LaunchFolder.passable(List.of("-javaagent:/opt/agent.jar"))).isFalse();
        assertThat(LaunchFolder.passable(List.of("-XX:SharedArchiveFile=/tmp/other.jsa"))).isFalse();
        assertThat(LaunchFolder.passable(List.of("-XX:StartFlightRecording=filename=x.jfr"))).isFalse();
    }

    private LaunchFolder preparedFolder() throws Exception {
        Path jar = Files.writeString(temp.resolve("third-sector-hub.jar"), "a jar");
        LaunchFolder folder = new LaunchFolder(jar, temp.resolve("third-sector-hub-launch"));
        Files.createDirectories(folder.extractedJar().getParent());
        Files.writeString(folder.extractedJar(), "the jar, extracted");
        Files.writeString(folder.archive(), "an archive");
        return folder;
    }
}
