package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.AccountAdministration;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/** Keeping the register right, through the pages, as the people who do it. */
@HubIntegrationTest
class RegisterCurationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterService register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminsChangeWaitsForAnOfficerThenAppliesAndTheProposerIsEmailed() throws Exception {
        UUID org = register.register(Drafts.organisation(Drafts.unique("Edit Test Group")), "LOCAL", "test");
        UserAccount admin = accounts.create(Role.ORGANISATION_ADMIN, org);
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER);

        assertThat(page(get("/organisations/" + org + "/edit"), principal(admin))).contains("A test group helping people");
        MvcResult proposed = mvc.perform(edit(org, "Now also running a food bank.", "MK9 3HS").with(user(principal(admin))))
                .andReturn();
        assertThat(proposed.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + org);
        assertThat(register.latestVersion(org).orElseThrow().description()).isEqualTo("A test group helping people in Milton Keynes.");

        String queue = page(get("/register/changes"), officer);
        String name = register.latestVersion(org).orElseThrow().name();
        assertThat(queue).contains(name);
        UUID change = jdbc.sql("SELECT id FROM organisations.profile_change WHERE organisation = ?").param(org).query(UUID.class).single();
        String review = page(get("/register/changes/" + change), officer);
        assertThat(review).contains("A test group helping people in Milton Keynes.").contains("Now also running a food bank.");

        mvc.perform(post("/register/changes/" + change + "/approve").with(csrf()).with(user(officer))).andReturn();
        assertThat(register.latestVersion(org).orElseThrow().description()).isEqualTo("Now also running a food bank.");
        assertThat(mailsTo(admin.email())).anyMatch(subject -> subject.contains("was approved"));

        String history = page(get("/organisations/" + org + "/history"), officer);
        assertThat(history).contains("Version 2").contains("Now also running a food bank.");
        mvc.perform(post("/organisations/" + org + "/history/1/rollback").with(csrf()).with(user(officer))).andReturn();
        assertThat(register.latestVersion(org).orElseThrow().description()).isEqualTo("A test group helping people in Milton Keynes.");
        assertThat(page(get("/organisations/" + org + "/history"), officer)).contains("Version 3").contains("rolled back to version 1");
    }

    @Test
    void rejectingNeedsAReasonAndTellsTheProposer() throws Exception {
        UUID org = register.register(Drafts.organisation(Drafts.unique("Reject Test Group")), "LOCAL", "test");
        UserAccount admin = accounts.create(Role.ORGANISATION_ADMIN, org);
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER);
        mvc.perform(edit(org, "Something doubtful.", "").with(user(principal(admin)))).andReturn();
        UUID change = jdbc.sql("SELECT id FROM organisations.profile_change WHERE organisation = ?").param(org).query(UUID.class).single();

        String noReason = page(post("/register/changes/" + change + "/reject").with(csrf()), officer);
        assertThat(noReason).contains("govuk-error-summary").contains("Enter the reason for rejecting it");
        mvc.perform(post("/register/changes/" + change + "/reject").param("reason", "We could not confirm it.").with(csrf())
                .with(user(officer))).andReturn();
        assertThat(jdbc.sql("SELECT status FROM organisations.profile_change WHERE id = ?").param(change).query(String.class)
                .single()).isEqualTo("REJECTED");
        assertThat(register.latestVersion(org).orElseThrow().description()).isEqualTo("A test group helping people in Milton Keynes.");
        assertThat(mailsTo(admin.email())).anyMatch(subject -> subject.contains("was rejected"));
    }

    @Test
    void badAnswersGetAnErrorSummaryAndOtherOrganisationsAdminsAreRefused() throws Exception {
        UUID org = register.register(Drafts.organisation(Drafts.unique("Form Test Group")), "LOCAL", "test");
        UserAccount admin = accounts.create(Role.ORGANISATION_ADMIN, org);
        String answer = page(edit(org, "", "not a postcode"), principal(admin));
        assertThat(answer).contains("govuk-error-summary").contains("Enter a real postcode").contains("Enter what the organisation does");
        UserAccount stranger = accounts.create(Role.ORGANISATION_ADMIN, UUID.randomUUID());
        assertThat(mvc.perform(get("/organisations/" + org + "/edit").with(user(principal(stranger)))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aVerifiedClaimMakesTheClaimantTheOrganisationsAdmin() throws Exception {
        UUID org = register.register(Drafts.organisation(Drafts.unique("Claim Test Group")), "LOCAL", "test");
        UserAccount claimant = accounts.createWithoutRoles();
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER);
        assertThat(page(post("/organisations/" + org + "/claim").with(csrf()), principal(claimant)))
                .contains("govuk-error-summary").contains("Enter your role in the group");
        mvc.perform(post("/organisations/" + org + "/claim").param("role", "Chair").param("note", "I chair the committee")
                .with(csrf()).with(user(principal(claimant)))).andReturn();
        assertThat(page(get("/register/claims"), officer)).contains(claimant.email()).contains("Chair");
        UUID claim = jdbc.sql("SELECT id FROM organisations.claim WHERE organisation = ?").param(org).query(UUID.class).single();
        assertThat(page(post("/register/claims/" + claim + "/reject").with(csrf()), officer)).contains("govuk-error-summary")
                .contains("#reason-" + claim);
        mvc.perform(post("/register/claims/" + claim + "/approve").with(csrf()).with(user(officer))).andReturn();
        assertThat(administration.get(claimant.id()).organisations()).containsEntry(org, Role.ORGANISATION_ADMIN);
        assertThat(mailsTo(claimant.email())).isNotEmpty();
    }

    @Test
    void aNewGroupStaysOutOfTheDirectoryUntilApproved() throws Exception {
        UserAccount person = accounts.createWithoutRoles();
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER);
        String name = Drafts.unique("Newcomers Knitting Circle");
        assertThat(page(post("/register/new-group").with(csrf()), principal(person))).contains("govuk-error-summary");
        mvc.perform(post("/register/new-group").param("name", name).param("legalForm", "UNINCORPORATED_ASSOCIATION")
                .param("description", "We knit for the neonatal unit.").param("postcode", "mk9 3hs").param("runsGroup", "yes")
                .with(csrf()).with(user(principal(person)))).andReturn();
        UUID org = jdbc.sql("SELECT id FROM organisations.organisation WHERE name = ?").param(name).query(UUID.class).single();
        assertThat(mvc.perform(get("/organisations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/openreferral/organizations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page(get("/organisations?q=" + name.replace(' ', '+')), null)).doesNotContain(name);
        assertThat(page(get("/register/new-groups"), officer)).contains(name);

        mvc.perform(post("/register/new-groups/" + org + "/approve").with(csrf()).with(user(officer))).andReturn();
        assertThat(mvc.perform(get("/organisations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(administration.get(person.id()).organisations()).containsEntry(org, Role.ORGANISATION_ADMIN);
    }

    @Test
    void duplicatesAreFoundAndMergingKeepsHistoryIdentifiersAndMemberships() throws Exception {
        OrgId shared = OrgId.of(OrgIdScheme.GB_CHC, String.valueOf(4000000 + (int) (Math.random() * 999999))).orElseThrow();
        String name = Drafts.unique("Twin Test Trust");
        UUID survivor = register.register(Drafts.organisation(name, List.of(shared), "MK9 3HS"), "LOCAL", "test");
        UUID merged = register.register(Drafts.organisation(name + " Ltd", List.of(shared), "MK9 3HS"), "LOCAL", "test");
        UserAccount member = accounts.create(Role.ORGANISATION_ADMIN, merged);
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER);
        assertThat(page(get("/register/duplicates"), officer)).contains(name).contains("identifier GB-CHC-" + shared.identifier());
        assertThat(page(get("/register/duplicates/merge?survivor=" + survivor + "&merged=" + merged), officer)).contains(name + " Ltd");

        mvc.perform(post("/register/duplicates/merge").param("survivor", survivor.toString()).param("merged", merged.toString())
                .with(csrf()).with(user(officer))).andReturn();
        assertThat(mvc.perform(get("/organisations/" + merged)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/organisations/" + survivor);
        OrganisationDraft kept = register.latestVersion(survivor).orElseThrow();
        assertThat(kept.identifiers()).containsExactly(shared);
        assertThat(kept.otherNames()).extracting(OrganisationDraft.OtherName::name).contains(name + " Ltd");
        assertThat(register.latestVersion(merged).orElseThrow().identifiers()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation_version WHERE organisation = ?").param(merged)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(page(get("/register/duplicates"), officer)).doesNotContain(name + " Ltd");
        for (int i = 0; i < 100 && !administration.get(member.id()).organisations().containsKey(survivor); i++) {
            Thread.sleep(100);
        }
        assertThat(administration.get(member.id()).organisations()).containsEntry(survivor, Role.ORGANISATION_ADMIN)
                .doesNotContainKey(merged);
    }

    @Test
    void deletedOrganisationsDisappearAndCanBeRestoredWithinTheWindowOnly() throws Exception {
        UUID org = register.register(Drafts.organisation(Drafts.unique("Delete Test Group")), "LOCAL", "test");
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER);
        mvc.perform(post("/register/organisations/" + org + "/delete").param("reason", "closed").with(csrf()).with(user(officer)))
                .andReturn();
        assertThat(mvc.perform(get("/organisations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/openreferral/organizations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(post("/register/organisations/" + org + "/purge").with(csrf()).with(user(officer))).andReturn();
        assertThat(exists(org)).as("not purged inside the window").isTrue();
        mvc.perform(post("/register/organisations/" + org + "/restore").with(csrf()).with(user(officer))).andReturn();
        assertThat(mvc.perform(get("/organisations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/register/organisations/" + org + "/delete").with(csrf()).with(user(officer))).andReturn();
        jdbc.sql("UPDATE organisations.organisation SET deleted_at = now() - interval '31 days' WHERE id = ?").param(org).update();
        mvc.perform(post("/register/organisations/" + org + "/restore").with(csrf()).with(user(officer))).andReturn();
        assertThat(mvc.perform(get("/organisations/" + org)).andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(post("/register/organisations/" + org + "/purge").with(csrf()).with(user(officer))).andReturn();
        assertThat(exists(org)).isFalse();
    }

    @Test
    void publishingADefinitionReclassifiesEveryoneAndKeepsTheOldVerdicts() throws Exception {
        OrganisationDraft other = org.thirdsectorhub.organisations.curation.CurationDrafts.with(
                Drafts.organisation(Drafts.unique("Definition Test Group")), java.util.Map.of("legalForm", LegalForm.OTHER));
        UUID org = register.register(other, "LOCAL", "test");
        HubUser admin = person(Role.ADMINISTRATOR);
        assertThat(thirdSector(org)).isFalse();
        assertThat(page(post("/admin/definition").with(csrf()), admin)).contains("govuk-error-summary").contains("Enter a title");
        assertThat(page(get("/admin/definition/new"), admin)).contains("District-wide definition of the Third Sector");

        publish(admin, "VOLUNTARY_OR_COMMUNITY_GROUP");
        assertThat(thirdSector(org)).isTrue();
        publish(admin, "NONE");
        assertThat(thirdSector(org)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.classification WHERE organisation = ?").param(org)
                .query(Long.class).single()).isEqualTo(3);
    }

    private void publish(HubUser admin, String otherCountsAs) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/definition").param("title", "Test definition")
                .param("day", "1").param("month", "4").param("year", "2026")
                .param("form-CHARITABLE_TRUST", "CHARITY").param("form-CHARITABLE_INCORPORATED_ORGANISATION", "CHARITY")
                .param("form-CHARITABLE_COMPANY", "CHARITY").param("form-EXCEPTED_CHARITY", "CHARITY")
                .param("form-EXEMPT_CHARITY", "CHARITY").param("form-COMMUNITY_INTEREST_COMPANY", "SOCIAL_ENTERPRISE")
                .param("form-COMPANY_LIMITED_BY_GUARANTEE", "VOLUNTARY_OR_COMMUNITY_GROUP")
                .param("form-COOPERATIVE_SOCIETY", "COOPERATIVE_OR_MUTUAL").param("form-COMMUNITY_BENEFIT_SOCIETY", "COOPERATIVE_OR_MUTUAL")
                .param("form-FRIENDLY_SOCIETY", "COOPERATIVE_OR_MUTUAL")
                .param("form-UNINCORPORATED_ASSOCIATION", "VOLUNTARY_OR_COMMUNITY_GROUP").param("form-OTHER", otherCountsAs)
                .param("tests", "excludePublicBodies", "excludeControlledByPublicBody", "assetLockSuffices",
                        "socialPurposeRequired", "faithGroupsCount")
                .param("distribution", "NONE", "TO_MEMBERS");
        MvcResult result = mvc.perform(request.with(csrf()).with(user(admin))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/definition");
    }

    private boolean thirdSector(UUID org) {
        return jdbc.sql("SELECT third_sector FROM organisations.classification WHERE organisation = ? AND current")
                .param(org).query(Boolean.class).single();
    }

    private boolean exists(UUID org) {
        return jdbc.sql("SELECT count(*) > 0 FROM organisations.organisation WHERE id = ?").param(org).query(Boolean.class).single();
    }

    private MockHttpServletRequestBuilder edit(UUID org, String description, String postcode) {
        OrganisationDraft current = register.latestVersion(org).orElseThrow();
        return post("/organisations/" + org + "/edit").with(csrf())
                .param("name", current.name()).param("description", description).param("socialPurpose", current.socialPurpose())
                .param("website", current.website()).param("email", current.email()).param("phone", current.phone())
                .param("addressLine", current.addressLine()).param("town", current.town()).param("postcode", postcode)
                .param("staffCount", "1").param("volunteerCount", "5").param("note", "Please update");
    }

    private String page(MockHttpServletRequestBuilder request, HubUser as) throws Exception {
        if (as != null) {
            request.with(user(as));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private HubUser person(Role role) {
        return principal(accounts.create(role));
    }

    private static HubUser principal(UserAccount account) {
        return account.toPrincipal(Instant.now());
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("SELECT subject FROM mail.outbox_message WHERE recipient = ?").param(email).query(String.class).list();
    }
}
