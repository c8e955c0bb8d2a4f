package org.thirdsectorhub.organisations.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.QualityMark;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;
import tools.jackson.databind.json.JsonMapper;

class SnapshotJsonTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final SnapshotJson snapshots = new SnapshotJson(json);

    @Test
    void leavesOutNullsAndEmptyListsAndReadsBackTheSameDraft() {
        OrganisationDraft sparse = new OrganisationDraft("Bletchley Food Bank", null, LegalForm.CHARITABLE_TRUST, null, null,
                null, List.of(OrgId.of(OrgIdScheme.GB_CHC, "1000123").orElseThrow()), Set.of("101"), null, null, null, null,
                null, null, null, "MK2 2HB", null, null, 0, null, null, null, null, false, false, null, false, false);

        String text = snapshots.of(sparse);

        assertThat(text).doesNotContain("null").doesNotContain("[]").doesNotContain("\"tags\"").contains("\"staffCount\":0")
                .contains("\"publicBody\":false");
        assertThat(json.readValue(text, OrganisationDraft.class)).isEqualTo(sparse);
    }

    @Test
    void keepsEveryFieldThatHasAValue() {
        OrganisationDraft full = new OrganisationDraft("Wolverton Music Trust",
                List.of(new OrganisationDraft.OtherName("Wolverton Band", true)), LegalForm.CHARITABLE_INCORPORATED_ORGANISATION,
                OrganisationStatus.DISSOLVED, "Music for all", "Music in every school",
                List.of(OrgId.of(OrgIdScheme.GB_CHC, "1000124").orElseThrow()), Set.of("101", "207"), Set.of("music"),
                Set.of("E06000042"), "https://example.org", "hello@example.org", "01908 000000", "1 Church Street",
                "Wolverton", "MK12 5JN", "E05009392", new BigDecimal("12345.67"), 3, 40, LocalDate.of(1990, 5, 1),
                List.of(new OrganisationDraft.QualityMarkHeld(QualityMark.values()[0], LocalDate.of(2025, 1, 1), null)),
                List.of(new OrganisationDraft.Contact("Ann", "Chair", "ann@example.org", null)), true, true,
                ProfitDistribution.TO_MEMBERS, true, true);

        assertThat(json.readValue(snapshots.of(full), OrganisationDraft.class)).isEqualTo(full);
    }
}
