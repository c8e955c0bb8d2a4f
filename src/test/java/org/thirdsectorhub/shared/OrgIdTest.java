package org.thirdsectorhub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;
import tools.jackson.databind.json.JsonMapper;

class OrgIdTest {

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({
            "GB_CHC, 1090095", "GB_CHC, 279417", "GB_SC, SC042386", "GB_NIC, 100019", "GB_COH, 09506232",
            "GB_COH, SC123456", "GB_COH, IP031455", "GB_MPR, 235C", "GB_MPR, IP031455", "GB_EDU, 125554",
            "GB_LAE, MIK", "GB_GOR, PB1204", "GB_NHS, RD8", "GB_NHS, 7A1A5"})
    void acceptsRealIdentifiers(OrgIdScheme scheme, String identifier) {
        assertThat(OrgId.of(scheme, identifier)).isPresent();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({"GB_CHC, 12345", "GB_CHC, ABC1234", "GB_SC, 042386", "GB_NIC, 200019", "GB_COH, 123456789",
            "GB_EDU, 12345", "GB_LAE, M1K"})
    void refusesMalformedIdentifiers(OrgIdScheme scheme, String identifier) {
        assertThat(OrgId.of(scheme, identifier)).isEmpty();
        assertThatThrownBy(() -> new OrgId(scheme, identifier)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(scheme.prefix());
    }

    @Test
    void normalisesAsTheRegistersWriteThem() {
        assertThat(OrgId.of(OrgIdScheme.GB_COH, "9506232").orElseThrow().identifier()).isEqualTo("09506232");
        assertThat(OrgId.of(OrgIdScheme.GB_SC, "sc 042386").orElseThrow().identifier()).isEqualTo("SC042386");
        assertThat(OrgId.parse("gb-chc-1090095").orElseThrow()).hasToString("GB-CHC-1090095");
        assertThat(OrgId.parse("XI-UNKNOWN-1")).isEmpty();
    }

    @Test
    void theRegistersExampleIdentifiersAreAccepted() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        for (OrgIdScheme scheme : OrgIdScheme.values()) {
            Path list = Path.of("../shared/data/org-id/lists/gb", scheme.prefix().toLowerCase() + ".json");
            var examples = json.readTree(list.toFile()).path("access").path("exampleIdentifiers").asString();
            for (String example : examples.split(",")) {
                if (!example.isBlank()) {
                    assertThat(OrgId.of(scheme, example.trim())).as(scheme.prefix() + " example " + example).isPresent();
                }
            }
        }
    }
}
