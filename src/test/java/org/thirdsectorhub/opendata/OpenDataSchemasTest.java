package org.thirdsectorhub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thirdsectorhub.opendata.schemas.OpenDataSchemas;

/** The packaged official schemas accept real publishers' files and refuse the standards' own bad fixtures. */
class OpenDataSchemasTest {

    private static final Path GIVING = Path.of("../shared/data/360giving");
    private static final Path OCDS = Path.of("../shared/data/ocds/samples");

    private final OpenDataSchemas schemas = new OpenDataSchemas("");

    @Test
    void schemasArePackagedInTheBuild() {
        assertThat(schemas.available()).isTrue();
    }

    @Test
    void acceptsARealPublishersGrantPackage() throws Exception {
        String json = Files.readString(GIVING.resolve("samples/ab-charitable-trust-2021.json"));
        assertThat(schemas.grantPackage().validate(json, InputFormat.JSON)).isEmpty();
    }

    @Test
    void refusesTheStandardsInvalidFixture() throws Exception {
        String json = Files.readString(GIVING.resolve("fixtures-invalid/badfile_all_validation_errors.json"));
        assertThat(schemas.grantPackage().validate(json, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void acceptsARealContractsFinderAwardPackage() throws Exception {
        String json = Files.readString(OCDS.resolve("uk-contracts-finder-2022-2025/cf-search-2022-award-package.json"));
        assertThat(schemas.ocdsReleasePackage().validate(json, InputFormat.JSON)).isEmpty();
    }

    @Test
    void refusesAnOcdsPackageWithoutItsVersion() throws Exception {
        Path file;
        try (var files = Files.list(OCDS.resolve("uk-contracts-finder-2017-packages"))) {
            file = files.sorted().findFirst().orElseThrow();
        }
        assertThat(schemas.ocdsReleasePackage().validate(Files.readString(file), InputFormat.JSON))
                .anySatisfy(error -> assertThat(error.toString()).contains("version"));
    }
}
