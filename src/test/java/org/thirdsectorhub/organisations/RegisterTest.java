package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.audit.AuditQuery;
import org.thirdsectorhub.audit.AuditSearch;
import org.thirdsectorhub.organisations.register.ClassificationService;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class RegisterTest {

    @Autowired
    RegisterService register;

    @Autowired
    ClassificationService classifications;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AuditSearch audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewOrganisationIsClassifiedVersionedAndAudited() {
        UUID id = register.register(RegisterTestData.charity("Quillfeather Befrienders", "1199001", "MK6 5LD",
                "E05009424"), "LOCAL", "a test");
        var summary = organisations.find(id).orElseThrow();
        assertThat(summary.kind()).isEqualTo(Kind.CHARITY);
        assertThat(summary.thirdSector()).isTrue();
        assertThat(summary.identifiers()).containsExactly("GB-CHC-1199001");
        assertThat(summary.qualityMarks()).containsExactly("TRUSTED_CHARITY");
        assertThat(register.latestVersion(id)).isPresent();
        assertThat(audit.search(new AuditQuery(null, null, "organisation", id.toString(), null, null, 1, 10)).entries())
                .extracting(entry -> entry.action()).containsExactly("registered");
        assertThat(organisations.nameOf(id)).isEqualTo("Quillfeather Befrienders");
    }

    @Test
    void aChangeOfLegalFormReclassifiesAndKeepsTheEarlierVerdictInHistory() {
        OrganisationDraft charity = RegisterTestData.charity("Quillfeather Lettings", null, "MK6 5LD", "E05009424");
        UUID id = register.register(charity, "LOCAL", "a test");
        register.update(id, RegisterTestData.withLegalForm(charity, LegalForm.PRIVATE_COMPANY,
                ProfitDistribution.TO_SHAREHOLDERS, false), true, "became a business");

        var current = classifications.current(id).orElseThrow();
        assertThat(current.thirdSector()).isFalse();
        assertThat(current.kind()).isEqualTo(Kind.NOT_THIRD_SECTOR);
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.classification WHERE organisation = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation_version WHERE organisation = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT locally_edited FROM organisations.organisation WHERE id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(audit.search(new AuditQuery(null, null, "organisation", id.toString(), null, null, 1, 10)).entries())
                .anySatisfy(entry -> assertThat(entry.summary()).contains("legalForm"));
    }

    @Test
    void savingTheSameProfileAgainChangesNothing() {
        OrganisationDraft draft = RegisterTestData.charity("Quillfeather Repeat", null, "MK6 5LD", "E05009424");
        UUID id = register.register(draft, "LOCAL", "a test");
        register.update(id, draft, false, "no change");
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation_version WHERE organisation = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }
}
