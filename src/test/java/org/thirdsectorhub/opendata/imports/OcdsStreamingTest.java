package org.thirdsectorhub.opendata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thirdsectorhub.opendata.imports.ocds.OcdsImport;
import org.thirdsectorhub.opendata.schemas.OpenDataSchemas;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A large OCDS release package is read one release at a time: the heap it keeps does not grow with the file. */
class OcdsStreamingTest {

    /** 20,000 in the build; {@code -Docds.stream.releases=N} for a larger run (see BENCHMARKS.md). */
    static final int RELEASES = Integer.getInteger("ocds.stream.releases", 20_000);

    @Test
    void readsTwentyThousandReleasesKeepingOnlyOneAtATime(@TempDir Path dir) throws Exception {
        Path file = LargeOcdsPackage.write(dir.resolve("large-release-package.json"), "ocds-stream", RELEASES);
        JsonMapper reading = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        OcdsImport ocds = new OcdsImport(reading, new OpenDataSchemas("").ocdsRelease());
        ReportBuilder report = new ReportBuilder();
        AtomicInteger awards = new AtomicInteger();
        long[] retained = new long[2];
        long before = usedAfterGc();

        ocds.run(file, "large-release-package.json", report, record -> {
            int n = awards.incrementAndGet();
            if (n == 1_000) {
                retained[0] = usedAfterGc();
            } else if (n == RELEASES - 1_000) {
                retained[1] = usedAfterGc();
            }
            assertThat(record.publisher()).isEqualTo("Milton Keynes City Council");
        });

        ImportReport done = report.build(java.util.UUID.randomUUID(), Standard.OCDS, "large-release-package.json");
        assertThat(done.imported()).isEqualTo(RELEASES);
        assertThat(done.rejected()).isZero();
        assertThat(done.violations()).isEmpty();
        assertThat(awards).hasValue(RELEASES);
        long size = Files.size(file);
        long kept = Math.max(retained[0], retained[1]) - before;
        System.out.printf("OCDS streaming: file %,d bytes; heap after GC %,d before, %,d at release 1,000, %,d at"
                + " release %,d%n", size, before, retained[0], retained[1], RELEASES - 1_000);
        assertThat(kept).as("heap kept while reading a %,d-byte file (a tree of it takes about 7 times that)", size)
                .isLessThan(size);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
