package org.thirdsectorhub.opendata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdsectorhub.support.HubIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import 360giving} and {@code import ocds} run in-process, as the command line runs them. */
@HubIntegrationTest
class ImportCommandTest {

    @Autowired
    ImportCommands.Giving giving;

    @Autowired
    ImportCommands.Ocds ocds;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(OpenDataImportCommand command, String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheJsonReportWithExactlyItsFourKeys() {
        int exit = run(giving, "../shared/data/360giving/fixtures-invalid/badfile_all_validation_errors.json", "--report", "json");

        assertThat(exit).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.propertyNames()).containsExactly("imported", "rejected", "corrections", "violations");
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("violations").get(0).propertyNames()).containsExactly("record", "field", "message");
        assertThat(report.get("violations").get(0).get("record").asString()).isEqualTo("360G-sampletrust-105177/Z/14/Z");
        assertThat(report.get("corrections").get(0).propertyNames()).contains("record", "field", "from", "to");
    }

    @Test
    void printsTheOcdsReportAsJson() {
        int exit = run(ocds, "../shared/data/ocds/samples/uk-contracts-finder-2022-2025/cf-search-2022-award-package.json",
                "--report", "json");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"imported\":1,\"rejected\":0,");
    }

    @Test
    void exitsNonZeroWithOneLineWhenTheFileCannotBeRead() {
        int exit = run(giving, "../shared/data/360giving/fixtures-invalid/fundingproviders-grants_malformed.json",
                "--report", "json");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("not valid JSON").doesNotContain("\n");
    }

    @Test
    void exitsNonZeroForAMissingFile() {
        assertThat(run(ocds, "no-such-file.json")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no file");
    }

    @Test
    void printsASummaryWithoutTheReportOption() {
        int exit = run(giving, "../shared/data/360giving/samples/lloyds-bank-foundation-milton-keynes-grants.json");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("11 imported, 0 rejected");
    }

    @Test
    void refusesBadUsage() {
        assertThat(run(giving)).isEqualTo(2);
        assertThat(run(giving, "a.json", "--report", "xml")).isEqualTo(2);
    }
}
