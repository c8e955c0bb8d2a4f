package org.thirdsectorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.ApiTokens;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/**
 * Every route of the hub and its API, asked by someone not signed in and by a person holding each
 * role, gets exactly the answer its access rule gives. A new route must be added to {@link #MATRIX}:
 * {@link #everyRouteIsInTheMatrix()} fails until it is.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final Set<Role> ALL_ROLES = Set.of(Role.values());
    private static final String DEMO_ORGANISATION = "5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a";
    private static final Role[] ORGANISATION_PEOPLE = {Role.ORGANISATION_MEMBER, Role.ORGANISATION_ADMIN,
            Role.COMMISSIONER};
    private static final Role[] COMMISSIONING_READERS = {Role.COMMISSIONER, Role.INFRASTRUCTURE_OFFICER,
            Role.PARTNERSHIP_MEMBER, Role.ADMINISTRATOR};

    private static final Role[] ASSESSORS = {Role.COMMISSIONER, Role.PARTNERSHIP_MEMBER, Role.INFRASTRUCTURE_OFFICER};
    private static final String NO_ROUND = "/opportunities/NO-SUCH-ROUND";

    /** Who may use each route. Add one line per new route. */
    private static final List<Rule> MATRIX = List.of(
            Rule.page("GET", "/").everyone(),
            Rule.page("GET", "/accessibility").everyone(),
            Rule.page("GET", "/privacy").everyone(),
            Rule.page("GET", "/cookies").everyone(),
            Rule.page("GET", "/sign-in").everyone(),
            Rule.page("GET", "/forgot-password").everyone(),
            Rule.page("POST", "/forgot-password").everyone(),
            Rule.page("GET", "/forgot-password/check-email").everyone(),
            Rule.page("GET", "/reset-password/{token}").everyone().answering(404).at(f -> "/reset-password/no-such-link"),
            Rule.page("POST", "/reset-password/{token}").everyone().answering(404).at(f -> "/reset-password/no-such-link"),
            Rule.page("GET", "/invitations/{token}").everyone().answering(404).at(f -> "/invitations/no-such-invitation"),
            Rule.page("POST", "/invitations/{token}").everyone().answering(404).at(f -> "/invitations/no-such-invitation"),
            Rule.page("GET", "/account").signedIn(),
            Rule.page("GET", "/account/password").signedIn(),
            Rule.page("POST", "/account/password").signedIn(),
            Rule.page("GET", "/account/tokens").signedIn(),
            Rule.page("POST", "/account/tokens").signedIn(),
            Rule.page("POST", "/account/tokens/{id}/revoke").signedIn().answering(404)
                    .at(f -> "/account/tokens/" + UUID.randomUUID() + "/revoke"),
            Rule.page("GET", "/admin").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/admin/users").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/admin/users/invite").only(Role.ADMINISTRATOR),
            Rule.page("POST", "/admin/users/invite").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/admin/users/{id}").only(Role.ADMINISTRATOR).at(f -> "/admin/users/" + f.target),
            Rule.page("POST", "/admin/users/{id}/roles").only(Role.ADMINISTRATOR).answering(302)
                    .at(f -> "/admin/users/" + f.target + "/roles"),
            Rule.page("POST", "/admin/users/{id}/memberships").only(Role.ADMINISTRATOR)
                    .at(f -> "/admin/users/" + f.target + "/memberships"),
            Rule.page("POST", "/admin/users/{id}/memberships/{organisationId}/remove").only(Role.ADMINISTRATOR).answering(302)
                    .at(f -> "/admin/users/" + f.target + "/memberships/" + UUID.randomUUID() + "/remove"),
            Rule.page("POST", "/admin/users/{id}/deactivate").only(Role.ADMINISTRATOR).answering(302)
                    .at(f -> "/admin/users/" + f.target + "/deactivate"),
            Rule.page("POST", "/admin/users/{id}/reactivate").only(Role.ADMINISTRATOR).answering(302)
                    .at(f -> "/admin/users/" + f.target + "/reactivate"),
            Rule.page("POST", "/admin/invitations/{id}/withdraw").only(Role.ADMINISTRATOR).answering(302)
                    .at(f -> "/admin/invitations/" + UUID.randomUUID() + "/withdraw"),
            Rule.page("GET", "/admin/audit").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/admin/outbox").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/admin/outbox/{id}").only(Role.ADMINISTRATOR).at(f -> "/admin/outbox/" + f.mail),
            Rule.page("GET", "/actuator/health").everyone(),
            Rule.page("GET", "/actuator/info").everyone(),
            Rule.api("GET", "/actuator/prometheus").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/v3/api-docs").everyone(),
            Rule.api("GET", "/api/v1/me").signedIn(),
            Rule.api("GET", "/api/v1/users").only(Role.ADMINISTRATOR),
            Rule.api("GET", "/api/v1/users/{id}").only(Role.ADMINISTRATOR).at(f -> "/api/v1/users/" + f.target),
            Rule.api("GET", "/api/v1/audit-entries").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/organisations").everyone(),
            Rule.page("GET", "/organisations/{id}").everyone().at(f -> "/organisations/" + DEMO_ORGANISATION),
            Rule.page("GET", "/organisations/download.csv").everyone(),
            Rule.page("GET", "/organisations/download.xlsx").everyone(),
            Rule.page("GET", "/definition").everyone(),
            Rule.page("GET", "/admin/imports").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER),
            Rule.page("POST", "/admin/imports").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER),
            Rule.page("GET", "/admin/imports/{id}").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER).answering(404)
                    .at(f -> "/admin/imports/" + UUID.randomUUID()),
            Rule.page("GET", "/admin/imports/template.csv").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER),
            Rule.page("GET", "/admin/imports/template.xlsx").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER),
            Rule.page("GET", "/opendata/imports").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER),
            Rule.page("POST", "/opendata/imports").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER),
            Rule.page("GET", "/opendata/imports/{id}").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER).answering(404)
                    .at(f -> "/opendata/imports/" + UUID.randomUUID()),
            Rule.page("GET", "/opendata/imports/{id}/report.json").only(Role.ADMINISTRATOR, Role.INFRASTRUCTURE_OFFICER)
                    .answering(404).at(f -> "/opendata/imports/" + UUID.randomUUID() + "/report.json"),
            Rule.api("GET", "/api/v1/organisations").everyone(),
            Rule.api("GET", "/api/v1/organisations/{id}").everyone().at(f -> "/api/v1/organisations/" + DEMO_ORGANISATION),
            Rule.page("GET", "/commissioning").only(COMMISSIONING_READERS),
            Rule.page("GET", "/commissioning/exercises/{id}").only(COMMISSIONING_READERS)
                    .at(f -> "/commissioning/exercises/" + f.exercise),
            Rule.page("POST", "/commissioning/exercises/{id}/advance").only(Role.COMMISSIONER).answering(302)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/advance"),
            Rule.page("POST", "/commissioning/exercises/{id}/market-map").only(Role.COMMISSIONER).answering(302)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/market-map"),
            Rule.page("GET", "/commissioning/exercises/new").only(Role.COMMISSIONER),
            Rule.page("POST", "/commissioning/exercises/new").only(Role.COMMISSIONER),
            Rule.page("GET", "/commissioning/exercises/{id}/consultations/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/consultations/new"),
            Rule.page("POST", "/commissioning/exercises/{id}/consultations/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/consultations/new"),
            Rule.page("GET", "/commissioning/exercises/{id}/needs/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/needs/new"),
            Rule.page("POST", "/commissioning/exercises/{id}/needs/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/needs/new"),
            Rule.page("GET", "/commissioning/exercises/{id}/outcomes/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/outcomes/new"),
            Rule.page("POST", "/commissioning/exercises/{id}/outcomes/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/outcomes/new"),
            Rule.page("GET", "/commissioning/exercises/{id}/route").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/route"),
            Rule.page("POST", "/commissioning/exercises/{id}/route").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/route"),
            Rule.page("GET", "/commissioning/exercises/{id}/evidence/{part}").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/evidence/feedback"),
            Rule.page("POST", "/commissioning/exercises/{id}/evidence/{part}").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/evidence/feedback"),
            Rule.page("POST", "/commissioning/exercises/{id}/forecast").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/exercises/" + f.exercise + "/forecast"),
            Rule.page("GET", "/admin/commissioning/thresholds").only(Role.ADMINISTRATOR),
            Rule.page("POST", "/admin/commissioning/thresholds").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/commissioning/awards/{id}/payments/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/awards/" + f.award + "/payments/new"),
            Rule.page("POST", "/commissioning/awards/{id}/payments/new").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/awards/" + f.award + "/payments/new"),
            Rule.page("GET", "/commissioning/awards/{id}/vary").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/awards/" + f.award + "/vary"),
            Rule.page("POST", "/commissioning/awards/{id}/vary").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/awards/" + f.award + "/vary"),
            Rule.page("GET", "/commissioning/awards/new").only(Role.COMMISSIONER),
            Rule.page("POST", "/commissioning/awards/new").only(Role.COMMISSIONER),
            Rule.page("GET", "/commissioning/awards/{id}/end").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/awards/" + f.award + "/end"),
            Rule.page("POST", "/commissioning/awards/{id}/end").only(Role.COMMISSIONER)
                    .at(f -> "/commissioning/awards/" + f.award + "/end"),
            Rule.page("GET", "/commissioning/awards/{id}").only(COMMISSIONING_READERS)
                    .at(f -> "/commissioning/awards/" + f.award),
            Rule.page("GET", "/commissioning/dashboard").only(Role.PARTNERSHIP_MEMBER, Role.COMMISSIONER, Role.ADMINISTRATOR),
            Rule.api("GET", "/api/v1/commissioning/exercises").only(COMMISSIONING_READERS),
            Rule.api("GET", "/api/v1/commissioning/exercises/{id}/conformance").only(COMMISSIONING_READERS)
                    .at(f -> "/api/v1/commissioning/exercises/" + f.exercise + "/conformance"),
            Rule.api("GET", "/api/v1/commissioning/awards").only(COMMISSIONING_READERS),
            Rule.api("GET", "/api/v1/commissioning/awards/{id}/conformance").only(COMMISSIONING_READERS)
                    .at(f -> "/api/v1/commissioning/awards/" + f.award + "/conformance"),
            // Assessment of grant rounds and tenders: the roles that may sit on a panel get in; the pages then let in only
            // the round's lead or assessors (an unknown round is not found). Published decisions are public.
            Rule.page("GET", "/assessments").only(ASSESSORS),
            Rule.page("GET", "/opportunities/{reference}/assessment").only(ASSESSORS).answering(404)
                    .at(f -> NO_ROUND + "/assessment"),
            Rule.page("POST", "/opportunities/{reference}/assessment/assessors").only(ASSESSORS).answering(404)
                    .at(f -> NO_ROUND + "/assessment/assessors"),
            Rule.page("POST", "/opportunities/{reference}/assessment/assessors/{account}/remove").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/assessors/" + UUID.randomUUID() + "/remove"),
            Rule.page("POST", "/opportunities/{reference}/assessment/applications/{application}/assessors/{account}/reopen")
                    .only(ASSESSORS).answering(404).at(f -> NO_ROUND + "/assessment/applications/" + UUID.randomUUID()
                            + "/assessors/" + UUID.randomUUID() + "/reopen"),
            Rule.page("GET", "/opportunities/{reference}/assessment/applications/{application}/conflict").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/applications/" + UUID.randomUUID() + "/conflict"),
            Rule.page("POST", "/opportunities/{reference}/assessment/applications/{application}/conflict").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/applications/" + UUID.randomUUID() + "/conflict"),
            Rule.page("GET", "/opportunities/{reference}/assessment/applications/{application}/score").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/applications/" + UUID.randomUUID() + "/score"),
            Rule.page("POST", "/opportunities/{reference}/assessment/applications/{application}/score").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/applications/" + UUID.randomUUID() + "/score"),
            Rule.page("GET", "/opportunities/{reference}/assessment/applications/{application}/attachments/{attachment}")
                    .only(ASSESSORS).answering(404).at(f -> NO_ROUND + "/assessment/applications/" + UUID.randomUUID()
                            + "/attachments/" + UUID.randomUUID()),
            Rule.page("GET", "/opportunities/{reference}/assessment/moderation").only(ASSESSORS).answering(404)
                    .at(f -> NO_ROUND + "/assessment/moderation"),
            Rule.page("GET", "/opportunities/{reference}/assessment/moderation/{application}").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/moderation/" + UUID.randomUUID()),
            Rule.page("POST", "/opportunities/{reference}/assessment/moderation/{application}").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/moderation/" + UUID.randomUUID()),
            Rule.page("GET", "/opportunities/{reference}/assessment/decisions").only(ASSESSORS).answering(404)
                    .at(f -> NO_ROUND + "/assessment/decisions"),
            Rule.page("POST", "/opportunities/{reference}/assessment/decisions/publish").only(ASSESSORS).answering(404)
                    .at(f -> NO_ROUND + "/assessment/decisions/publish"),
            Rule.page("GET", "/opportunities/{reference}/assessment/decisions/{application}").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/decisions/" + UUID.randomUUID()),
            Rule.page("POST", "/opportunities/{reference}/assessment/decisions/{application}").only(ASSESSORS)
                    .answering(404).at(f -> NO_ROUND + "/assessment/decisions/" + UUID.randomUUID()),
            Rule.page("GET", "/opportunities/{reference}/decisions").everyone().at(f -> "/opportunities/MKCC-CCF-2026/decisions"),
            Rule.api("GET", "/api/v1/opportunities/{reference}/decisions").everyone()
                    .at(f -> "/api/v1/opportunities/MKCC-CCF-2026/decisions"),
            // Social value: the calculator API (public; an empty body is a 400), the proxy library (public search,
            // administrators import) and analyses (signed in; an analysis someone may not see is "not found").
            Rule.api("POST", "/api/v1/sroi/calculations").everyone().answering(400),
            Rule.page("GET", "/social-value/proxies").everyone(),
            Rule.page("GET", "/admin/social-value/proxies/import").only(Role.ADMINISTRATOR),
            Rule.page("POST", "/admin/social-value/proxies/import").only(Role.ADMINISTRATOR),
            Rule.page("GET", "/social-value/analyses").signedIn(),
            Rule.page("GET", "/social-value/analyses/new").signedIn(),
            Rule.page("POST", "/social-value/analyses/new").signedIn(),
            Rule.page("GET", "/social-value/analyses/{id}").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID()),
            Rule.page("GET", "/social-value/analyses/{id}/details").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/details"),
            Rule.page("POST", "/social-value/analyses/{id}/details").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/details"),
            Rule.page("POST", "/social-value/analyses/{id}/share").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/share"),
            Rule.page("POST", "/social-value/analyses/{id}/copy").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/copy"),
            Rule.page("POST", "/social-value/analyses/{id}/evaluative").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/evaluative"),
            Rule.page("GET", "/social-value/analyses/{id}/history").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/history"),
            Rule.page("GET", "/social-value/analyses/{id}/versions/{version}").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/versions/1"),
            Rule.page("GET", "/social-value/analyses/{id}/stakeholders").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/stakeholders"),
            Rule.page("POST", "/social-value/analyses/{id}/stakeholders").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/stakeholders"),
            Rule.page("POST", "/social-value/analyses/{id}/stakeholders/{index}/remove").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/stakeholders/0/remove"),
            Rule.page("GET", "/social-value/analyses/{id}/inputs").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/inputs"),
            Rule.page("POST", "/social-value/analyses/{id}/inputs").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/inputs"),
            Rule.page("POST", "/social-value/analyses/{id}/inputs/{index}/remove").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/inputs/0/remove"),
            Rule.page("GET", "/social-value/analyses/{id}/outcomes/new").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/outcomes/new"),
            Rule.page("POST", "/social-value/analyses/{id}/outcomes/new").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/outcomes/new"),
            Rule.page("GET", "/social-value/analyses/{id}/outcomes/{index}").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/outcomes/0"),
            Rule.page("POST", "/social-value/analyses/{id}/outcomes/{index}").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/outcomes/0"),
            Rule.page("POST", "/social-value/analyses/{id}/outcomes/{index}/remove").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/outcomes/0/remove"),
            Rule.page("GET", "/social-value/analyses/{id}/principles").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/principles"),
            Rule.page("POST", "/social-value/analyses/{id}/principles").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/principles"),
            Rule.page("GET", "/social-value/analyses/{id}/results").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/results"),
            Rule.page("GET", "/social-value/analyses/{id}/report.pdf").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/report.pdf"),
            Rule.page("GET", "/social-value/analyses/{id}/workbook.xlsx").signedIn().answering(404)
                    .at(f -> "/social-value/analyses/" + UUID.randomUUID() + "/workbook.xlsx"),
            // Register curation and Open Referral UK
            Rule.api("GET", "/openreferral/").everyone(),
            Rule.api("GET", "/openreferral/services").everyone(),
            Rule.api("GET", "/openreferral/services/{id}").everyone().answering(404)
                    .at(f -> "/openreferral/services/" + UUID.randomUUID()),
            Rule.api("GET", "/openreferral/organizations").everyone(),
            Rule.api("GET", "/openreferral/organizations/{id}").everyone()
                    .at(f -> "/openreferral/organizations/" + DEMO_ORGANISATION),
            Rule.api("GET", "/openreferral/taxonomies").everyone(),
            Rule.api("GET", "/openreferral/taxonomies/{id}").everyone().at(f -> "/openreferral/taxonomies/ccew"),
            Rule.api("GET", "/openreferral/taxonomy_terms").everyone(),
            Rule.api("GET", "/openreferral/taxonomy_terms/{id}").everyone().at(f -> "/openreferral/taxonomy_terms/101"),
            // The URL rule lets every organisation admin in; the page then refuses anyone who is not this organisation's admin.
            Rule.page("GET", "/organisations/{id}/edit").only(Role.ORGANISATION_ADMIN).answering(403)
                    .at(f -> "/organisations/" + DEMO_ORGANISATION + "/edit"),
            Rule.page("POST", "/organisations/{id}/edit").only(Role.ORGANISATION_ADMIN).answering(403)
                    .at(f -> "/organisations/" + DEMO_ORGANISATION + "/edit"),
            Rule.page("GET", "/organisations/{id}/claim").signedIn().at(f -> "/organisations/" + DEMO_ORGANISATION + "/claim"),
            Rule.page("POST", "/organisations/{id}/claim").signedIn().at(f -> "/organisations/" + DEMO_ORGANISATION + "/claim"),
            Rule.page("GET", "/register/new-group").signedIn(),
            Rule.page("POST", "/register/new-group").signedIn(),
            Rule.page("GET", "/organisations/{id}/history").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR)
                    .at(f -> "/organisations/" + DEMO_ORGANISATION + "/history"),
            Rule.page("POST", "/organisations/{id}/history/{number}/rollback").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/organisations/" + UUID.randomUUID() + "/history/1/rollback"),
            Rule.page("GET", "/register").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR),
            Rule.page("GET", "/register/changes").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR),
            Rule.page("GET", "/register/changes/{id}").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/changes/" + UUID.randomUUID()),
            Rule.page("POST", "/register/changes/{id}/approve").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/changes/" + UUID.randomUUID() + "/approve"),
            Rule.page("POST", "/register/changes/{id}/reject").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/changes/" + UUID.randomUUID() + "/reject"),
            Rule.page("GET", "/register/claims").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR),
            Rule.page("POST", "/register/claims/{id}/approve").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/claims/" + UUID.randomUUID() + "/approve"),
            Rule.page("POST", "/register/claims/{id}/reject").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/claims/" + UUID.randomUUID() + "/reject"),
            Rule.page("GET", "/register/new-groups").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR),
            Rule.page("POST", "/register/new-groups/{id}/approve").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/new-groups/" + UUID.randomUUID() + "/approve"),
            Rule.page("POST", "/register/new-groups/{id}/reject").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/new-groups/" + UUID.randomUUID() + "/reject"),
            Rule.page("GET", "/register/duplicates").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR),
            Rule.page("GET", "/register/duplicates/merge").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404),
            Rule.page("POST", "/register/duplicates/merge").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404),
            Rule.page("GET", "/register/deleted").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR),
            Rule.page("POST", "/register/organisations/{id}/delete").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/organisations/" + UUID.randomUUID() + "/delete"),
            Rule.page("POST", "/register/organisations/{id}/restore").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/organisations/" + UUID.randomUUID() + "/restore"),
            Rule.page("POST", "/register/organisations/{id}/purge").only(Role.INFRASTRUCTURE_OFFICER, Role.ADMINISTRATOR).answering(404)
                    .at(f -> "/register/organisations/" + UUID.randomUUID() + "/purge"),
            // Open data: the public feeds and page, and the publisher's pages
            Rule.page("GET", "/opendata").everyone(),
            Rule.api("GET", "/api/v1/opendata/360giving.json").everyone(),
            Rule.api("GET", "/api/v1/opendata/360giving.csv").everyone(),
            Rule.api("GET", "/api/v1/opendata/360giving.xlsx").everyone(),
            Rule.api("GET", "/api/v1/opendata/ocds/releases.json").everyone(),
            Rule.page("GET", "/opendata/publication").only(Role.ADMINISTRATOR, Role.COMMISSIONER),
            Rule.page("POST", "/opendata/publication/{dataset}/check").only(Role.ADMINISTRATOR, Role.COMMISSIONER)
                    .at(f -> "/opendata/publication/ocds/check"),
            Rule.page("POST", "/opendata/publication/{dataset}/publish").only(Role.ADMINISTRATOR, Role.COMMISSIONER)
                    .answering(302).at(f -> "/opendata/publication/ocds/publish"),
            Rule.page("GET", "/admin/definition/new").only(Role.ADMINISTRATOR),
            Rule.page("POST", "/admin/definition").only(Role.ADMINISTRATOR),
            // Grant rounds and tenders: public pages, the owning commissioner's pages, and members' pages and applications
            // (a commissioner works for bodies, so holds the organisation member role too). Unknown applications are 404.
            Rule.page("GET", "/opportunities").everyone(),
            Rule.page("GET", "/opportunities/{reference}").everyone().at(f -> "/opportunities/" + f.opportunity),
            Rule.api("GET", "/api/v1/opportunities").everyone(),
            Rule.api("GET", "/api/v1/opportunities/{reference}").everyone().at(f -> "/api/v1/opportunities/" + f.opportunity),
            Rule.page("GET", "/opportunities/new").only(Role.COMMISSIONER),
            Rule.page("POST", "/opportunities/new").only(Role.COMMISSIONER),
            Rule.page("GET", "/opportunities/manage").only(Role.COMMISSIONER),
            Rule.page("GET", "/opportunities/{reference}/edit").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/edit"),
            Rule.page("POST", "/opportunities/{reference}/edit").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/edit"),
            Rule.page("GET", "/opportunities/{reference}/criteria").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/criteria"),
            Rule.page("POST", "/opportunities/{reference}/criteria").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/criteria"),
            Rule.page("POST", "/opportunities/{reference}/publish").only(Role.COMMISSIONER).answering(409)
                    .at(f -> "/opportunities/" + f.opportunity + "/publish"),
            Rule.page("GET", "/opportunities/{reference}/cancel").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/cancel"),
            Rule.page("POST", "/opportunities/{reference}/cancel").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/cancel"),
            Rule.page("GET", "/opportunities/{reference}/questions").only(Role.COMMISSIONER)
                    .at(f -> "/opportunities/" + f.opportunity + "/questions"),
            Rule.page("POST", "/opportunities/{reference}/questions/{id}/answer").only(Role.COMMISSIONER).answering(404)
                    .at(f -> "/opportunities/" + f.opportunity + "/questions/" + UUID.randomUUID() + "/answer"),
            Rule.page("GET", "/opportunities/following").only(ORGANISATION_PEOPLE),
            Rule.page("POST", "/opportunities/following").only(ORGANISATION_PEOPLE),
            Rule.page("POST", "/opportunities/following/{id}/remove").only(ORGANISATION_PEOPLE).answering(404)
                    .at(f -> "/opportunities/following/" + UUID.randomUUID() + "/remove"),
            Rule.page("POST", "/opportunities/{reference}/follow").only(ORGANISATION_PEOPLE).answering(400)
                    .at(f -> "/opportunities/" + f.opportunity + "/follow"),
            Rule.page("GET", "/opportunities/{reference}/questions/new").only(ORGANISATION_PEOPLE)
                    .at(f -> "/opportunities/" + f.opportunity + "/questions/new"),
            Rule.page("POST", "/opportunities/{reference}/questions/new").only(ORGANISATION_PEOPLE)
                    .at(f -> "/opportunities/" + f.opportunity + "/questions/new"),
            Rule.page("GET", "/opportunities/{reference}/apply").only(ORGANISATION_PEOPLE)
                    .at(f -> "/opportunities/" + f.opportunity + "/apply"),
            Rule.page("POST", "/opportunities/{reference}/apply").only(ORGANISATION_PEOPLE)
                    .at(f -> "/opportunities/" + f.opportunity + "/apply"),
            Rule.page("GET", "/applications").only(ORGANISATION_PEOPLE),
            Rule.application("GET", ""), Rule.application("GET", "/withdraw"), Rule.application("POST", "/withdraw"),
            Rule.application("GET", "/submitted"), Rule.application("GET", "/project"), Rule.application("POST", "/project"),
            Rule.application("GET", "/outcomes"), Rule.application("POST", "/outcomes"), Rule.application("GET", "/amount"),
            Rule.application("POST", "/amount"), Rule.application("GET", "/full-cost-recovery"),
            Rule.application("GET", "/budget"), Rule.application("POST", "/budget"),
            Rule.application("POST", "/budget/{line}/remove"), Rule.application("GET", "/social-value"),
            Rule.application("POST", "/social-value"), Rule.application("GET", "/attachments"),
            Rule.application("POST", "/attachments"), Rule.application("POST", "/attachments/{attachment}/remove"),
            Rule.application("GET", "/attachments/{attachment}"), Rule.application("GET", "/check"),
            Rule.application("POST", "/submit"));

    /** Routes that belong to libraries, not to the hub's rules. */
    private static final Set<String> LIBRARY_ROUTES = Set.of("/error", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/swagger-ui.html");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Exercises exercises;

    @Autowired
    Awards awards;

    @Autowired
    org.thirdsectorhub.opportunities.round.Rounds rounds;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, HubUser> people = new LinkedHashMap<>();
    private final Map<Role, String> apiTokens = new LinkedHashMap<>();
    private Fixtures fixtures;

    @BeforeAll
    void createOnePersonPerRole() {
        UUID body = UUID.randomUUID();
        UUID award = awards.all().get(0).id();
        UUID funder = awards.all().get(0).funderOrganisation();
        for (Role role : Role.values()) {
            UserAccount account = role == Role.COMMISSIONER ? accounts.createCommissionerOf(body, funder)
                    : accounts.create(role);
            people.put(role, account.toPrincipal(Instant.now()));
            apiTokens.put(role, transaction.execute(status ->
                    tokens.create(account.id(), "access matrix", Actor.SYSTEM).token()));
        }
        UUID target = accounts.createWithoutRoles().id();
        UUID mail = transaction.execute(status -> mailer.send(new OutgoingMail("matrix@example.org", "Matrix", "Body")));
        UUID exercise = exercises.start(new NewExercise("Access matrix exercise", body, "A test body", "",
                "A test service", List.of("103"), List.of()));
        fixtures = new Fixtures(target, mail, exercise, award, org.thirdsectorhub.support.OpportunityFixtures.openRound(rounds, body).reference());
    }

    @Test
    void everyRouteAnswersAsItsRuleSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : MATRIX) {
            for (Caller caller : callers()) {
                int expected = rule.expectedFor(caller.role());
                MvcResult result = mvc.perform(request(rule, caller)).andReturn();
                int actual = result.getResponse().getStatus();
                boolean redirectToSignIn = expected != 302 || rule.allows(caller.role())
                        || String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
                if (actual != expected || !redirectToSignIn) {
                    wrong.add(rule.method() + " " + rule.pattern() + " as " + caller.name() + ": expected " + expected
                            + " but was " + actual + " " + String.valueOf(result.getResponse().getRedirectedUrl()));
                }
            }
        }
        assertThat(wrong).as("routes answering differently from their rule").isEmpty();
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(rule -> inMatrix.add(rule.method() + " " + rule.pattern()));
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (LIBRARY_ROUTES.contains(pattern)) {
                    continue;
                }
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                methods.stream().map(m -> m + " " + pattern).filter(route -> !inMatrix.contains(route)).forEach(missing::add);
            }
        });
        assertThat(missing).as("routes with no line in the access matrix").isEmpty();
    }

    @Test
    void unknownAddressesAreNotFoundForEveryone() throws Exception {
        for (Caller caller : callers()) {
            var page = MockMvcRequestBuilders.get("/no-such-page").accept("text/html");
            var api = MockMvcRequestBuilders.get("/api/v1/no-such-thing");
            if (caller.role() != null) {
                page.with(user(people.get(caller.role())));
                api.header("Authorization", "Bearer " + apiTokens.get(caller.role()));
            }
            assertThat(mvc.perform(page).andReturn().getResponse().getStatus()).as(caller.name()).isEqualTo(404);
            assertThat(mvc.perform(api).andReturn().getResponse().getStatus()).as(caller.name()).isEqualTo(404);
        }
    }

    private List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("PUBLIC", null));
        people.keySet().forEach(role -> callers.add(new Caller(role.name(), role)));
        return callers;
    }

    private MockHttpServletRequestBuilder request(Rule rule, Caller caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(rule.method()),
                rule.path().apply(fixtures));
        if (rule.method().equals("POST")) {
            request.with(csrf());
        }
        if (caller.role() == null) {
            return request;
        }
        return rule.bearer()
                ? request.header("Authorization", "Bearer " + apiTokens.get(caller.role()))
                : request.with(user(people.get(caller.role())));
    }

    record Fixtures(UUID target, UUID mail, UUID exercise, UUID award, String opportunity) {}

    record Caller(String name, Role role) {}

    /** One route's rule: who may use it, and the answer they get when allowed. */
    record Rule(String method, String pattern, boolean bearer, Set<Role> allowed, boolean open, int allowedAnswer,
            Function<Fixtures, String> path) {

        static Rule page(String method, String pattern) {
            return new Rule(method, pattern, pattern.startsWith("/api/"), Set.of(), false, 200, f -> pattern);
        }

        /** A page of an application that does not exist: members get "not found", everyone else is refused. */
        static Rule application(String method, String suffix) {
            return page(method, "/applications/{id}" + suffix).only(ORGANISATION_PEOPLE).answering(404)
                    .at(f -> "/applications/" + UUID.randomUUID() + suffix.replaceAll("\\{[a-z]+}", UUID.randomUUID().toString()));
        }

        static Rule api(String method, String pattern) {
            return new Rule(method, pattern, true, Set.of(), false, 200, f -> pattern);
        }

        Rule everyone() {
            return new Rule(method, pattern, bearer, ALL_ROLES, true, allowedAnswer, path);
        }

        Rule signedIn() {
            return new Rule(method, pattern, bearer, ALL_ROLES, false, allowedAnswer, path);
        }

        Rule only(Role... roles) {
            return new Rule(method, pattern, bearer, Set.of(roles), false, allowedAnswer, path);
        }

        Rule answering(int status) {
            return new Rule(method, pattern, bearer, allowed, open, status, path);
        }

        Rule at(Function<Fixtures, String> samplePath) {
            return new Rule(method, pattern, bearer, allowed, open, allowedAnswer, samplePath);
        }

        boolean allows(Role role) {
            return role == null ? open : allowed.contains(role);
        }

        int expectedFor(Role role) {
            if (allows(role)) {
                return allowedAnswer;
            }
            if (role == null) {
                return bearer ? 401 : 302;
            }
            return 403;
        }
    }
}
