package org.thirdsectorhub.socialvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisCalculation;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.InputKind;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class AnalysisJourneyTest {

    static final UUID DEMO_ORGANISATION = UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");
    static final String LONELINESS_PROXY = "0b6f2a4e-5c1d-4f3a-9e21-1a0000000008";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Analyses analyses;

    @Autowired
    AnalysisCalculation calculation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganisationMemberBuildsAnAnalysisThroughTheQuestionPagesAndSeesItsResults() throws Exception {
        UUID organisation = UUID.randomUUID();
        HubUser member = person(Role.ORGANISATION_MEMBER, organisation);
        UUID id = create(member, organisation, "Befriending in Wolverton");

        send(member, post("/social-value/analyses/" + id + "/stakeholders").param("name", "Older people")
                .param("description", "40 people; 10 interviewed"), 302);
        send(member, post("/social-value/analyses/" + id + "/inputs").param("description", "Grant").param("kind", "MONEY")
                .param("year", "0").param("amount", "20,000"), 302);
        send(member, post("/social-value/analyses/" + id + "/inputs").param("description", "Befrienders' time")
                .param("kind", "VOLUNTEER_TIME").param("year", "0").param("hours", "1000").param("hourlyRate", "11.44"), 302);
        send(member, outcome(id, "new").param("name", "Reduced loneliness").param("stakeholder", "Older people")
                .param("quantity", "40").param("proxyChoice", "own").param("proxyValue", "2500").param("proxySource", "Test source")
                .param("durationYears", "3").param("startYear", "1").param("deadweight", "25").param("displacement", "0")
                .param("attribution", "other").param("attributionOther", "10").param("dropOff", "other").param("dropOffOther", "20")
                .param("evidenceDeadweight", "WEAK"), 302);
        send(member, outcome(id, "new").param("name", "Less loneliness (library)").param("quantity", "2")
                .param("proxyChoice", "library").param("proxyId", LONELINESS_PROXY).param("durationYears", "1").param("startYear", "2")
                .param("deadweight", "50").param("displacement", "0").param("attribution", "0").param("dropOff", "0"), 302);

        Analysis analysis = analyses.get(member, id);
        assertThat(analysis.version()).isEqualTo(6);
        var reduced = analysis.document().outcomes().get(0);
        assertThat(reduced.attribution()).isEqualByComparingTo("0.1");
        assertThat(reduced.dropOff()).isEqualByComparingTo("0.2");
        assertThat(reduced.deadweight()).isEqualByComparingTo("0.25");
        assertThat(reduced.evidenceFor("deadweight")).isEqualTo(EvidenceGrade.WEAK);
        assertThat(analysis.document().inputs().get(1).kind()).isEqualTo(InputKind.VOLUNTEER_TIME);
        assertThat(analysis.document().totalInputs()).isEqualByComparingTo("31440");
        var library = analysis.document().outcomes().get(1);
        // £9,537 in 2019 prices rebased to 2024 with the CPI index: 9537 × 133.9 ÷ 107.8
        assertThat(library.proxyValue()).isEqualByComparingTo("11846.05");
        assertThat(library.proxySource()).contains("Loneliness monetisation report", "rebased to 2024");

        BigDecimal ratio = calculation.figures(analysis.document()).ratio();
        String results = send(member, get("/social-value/analyses/" + id + "/results"), 200).getResponse().getContentAsString();
        assertThat(results).contains("£" + ratio.setScale(2, java.math.RoundingMode.HALF_UP) + " of social value for every £1 invested");
        assertThat(results).contains("Weakest assumptions", "Deadweight of \u201cReduced loneliness\u201d", "data-chart=\"tornado\"",
                "data-chart=\"histogram\"", "sroi-charts.js", "Involve stakeholders");
        assertThat(send(member, get("/social-value/analyses/" + id), 200).getResponse().getContentAsString())
                .contains("Check your answers", "Reduced loneliness", "£31,440.00");

        send(member, post("/social-value/analyses/" + id + "/principles").param("status_INVOLVE_STAKEHOLDERS", "MET")
                .param("note_INVOLVE_STAKEHOLDERS", "Focus groups in May"), 302);
        assertThat(send(member, get("/social-value/analyses/" + id + "/results"), 200).getResponse().getContentAsString())
                .contains("Focus groups in May");

        String history = send(member, get("/social-value/analyses/" + id + "/history"), 200).getResponse().getContentAsString();
        assertThat(history).contains("Current", "/versions/2");
        String version2 = send(member, get("/social-value/analyses/" + id + "/versions/2"), 200).getResponse().getContentAsString();
        assertThat(version2).contains("You are looking at version 2", "Older people").doesNotContain("Reduced loneliness");
        send(member, get("/social-value/analyses/" + id + "/versions/99"), 404);
        assertThat(analyses.history(member, id)).hasSize(6);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE module = 'socialvalue' AND entity_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void savingWithoutAChangeKeepsTheVersion() throws Exception {
        UUID organisation = UUID.randomUUID();
        HubUser member = person(Role.ORGANISATION_ADMIN, organisation);
        UUID id = create(member, organisation, "Unchanged");
        Analysis before = analyses.get(member, id);
        send(member, post("/social-value/analyses/" + id + "/details").param("title", "Unchanged")
                .param("description", before.document().description()).param("priceYear", String.valueOf(before.document().priceYear()))
                .param("discountRate", "3.5"), 302);
        assertThat(analyses.get(member, id).version()).isEqualTo(1);
        assertThat(analyses.history(member, id)).isEmpty();
    }

    @Test
    void showsAnErrorSummaryNamingEachWrongAnswer() throws Exception {
        UUID organisation = UUID.randomUUID();
        HubUser member = person(Role.ORGANISATION_MEMBER, organisation);
        UUID id = create(member, organisation, "Errors");
        String page = send(member, outcome(id, "new").param("name", "").param("quantity", "-3").param("proxyChoice", "own")
                .param("proxyValue", "lots").param("durationYears", "60").param("startYear", "1").param("deadweight", "other")
                .param("deadweightOther", "120").param("displacement", "0").param("attribution", "0"), 200)
                .getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter outcome", "Quantity must be 0 or more",
                "Proxy value in pounds must be a number", "Duration in years must be between 1 and 50",
                "Deadweight must be a percentage between 0 and 100", "Choose the drop-off", "href=\"#deadweightOther\"");
        assertThat(analyses.get(member, id).version()).isEqualTo(1);

        String created = send(member, post("/social-value/analyses/new").param("title", "").param("kind", "FORECAST")
                .param("owner", "ORGANISATION:" + UUID.randomUUID()).param("priceYear", "24").param("discountRate", "3.5"), 200)
                .getResponse().getContentAsString();
        assertThat(created).contains("Enter title", "Select who owns this analysis", "Price year must be between 1990 and 2100");
    }

    @Test
    void analysesArePrivateUntilSharedAndOnlyTheirOwnersChangeThem() throws Exception {
        UUID organisation = UUID.randomUUID();
        HubUser owner = person(Role.ORGANISATION_MEMBER, organisation);
        HubUser stranger = person(Role.ORGANISATION_MEMBER, UUID.randomUUID());
        HubUser officer = person(Role.INFRASTRUCTURE_OFFICER, null);
        HubUser board = person(Role.PARTNERSHIP_MEMBER, null);
        UUID id = create(owner, organisation, "Private at first");

        send(stranger, get("/social-value/analyses/" + id), 404);
        send(board, get("/social-value/analyses/" + id), 404);
        send(officer, get("/social-value/analyses/" + id), 200);
        send(officer, get("/social-value/analyses/" + id + "/details"), 403);
        assertThat(send(stranger, get("/social-value/analyses"), 200).getResponse().getContentAsString()).doesNotContain("Private at first");

        send(stranger, post("/social-value/analyses/" + id + "/share"), 404);
        send(owner, post("/social-value/analyses/" + id + "/share").param("shared", "true"), 302);
        send(stranger, get("/social-value/analyses/" + id), 200);
        send(board, get("/social-value/analyses/" + id + "/history"), 200);
        send(stranger, get("/social-value/analyses/" + id + "/stakeholders"), 403);
        send(stranger, post("/social-value/analyses/" + id + "/stakeholders").param("name", "Intruder"), 403);
        send(stranger, post("/social-value/analyses/" + id + "/copy"), 403);
        assertThat(analyses.get(owner, id).document().stakeholders()).isEmpty();
    }

    @Test
    void aCommissionerOwnsTheirAnalysesAndCreatesAnEvaluativeOneFromAForecast() throws Exception {
        HubUser commissioner = person(Role.COMMISSIONER, null);
        HubUser other = person(Role.COMMISSIONER, null);
        MvcResult created = send(commissioner, post("/social-value/analyses/new").param("title", "Specification forecast")
                .param("kind", "FORECAST").param("owner", "COMMISSIONER:" + commissioner.userId()).param("priceYear", "2024")
                .param("discountRate", "3.5"), 302);
        UUID id = idFrom(created);
        send(other, get("/social-value/analyses/" + id), 404);
        send(other, post("/social-value/analyses/new").param("title", "Not mine").param("kind", "FORECAST")
                .param("owner", "COMMISSIONER:" + commissioner.userId()).param("priceYear", "2024").param("discountRate", "3.5"), 200);

        UUID evaluative = idFrom(send(commissioner, post("/social-value/analyses/" + id + "/evaluative"), 302));
        Analysis made = analyses.get(commissioner, evaluative);
        assertThat(made.kind()).isEqualTo(AnalysisKind.EVALUATIVE);
        assertThat(made.basedOn()).isEqualTo(id);
        send(commissioner, post("/social-value/analyses/" + evaluative + "/evaluative"), 403);

        UUID copy = idFrom(send(commissioner, post("/social-value/analyses/" + id + "/copy"), 302));
        assertThat(analyses.get(commissioner, copy).title()).isEqualTo("Copy of Specification forecast");
        assertThat(analyses.get(commissioner, copy).copiedFrom()).isEqualTo(id);
    }

    @Test
    void demoDataHoldsTheMiltonKeynesAnalyses() throws Exception {
        HubUser member = person(Role.ORGANISATION_MEMBER, DEMO_ORGANISATION);
        List<Analysis> visible = analyses.visibleTo(member);
        assertThat(visible).extracting(Analysis::title).contains("Befriending older people in Bletchley, 2026 to 2029",
                "Youth employability programme, Milton Keynes, 2025 to 2026",
                "Social prescribing link workers: service specification forecast");
        assertThat(visible).extracting(Analysis::kind).contains(AnalysisKind.FORECAST, AnalysisKind.EVALUATIVE);
        for (Analysis analysis : visible) {
            if (analysis.title().startsWith("Befriending") || analysis.title().startsWith("Youth") || analysis.title().startsWith("Social prescribing")) {
                BigDecimal ratio = calculation.figures(analysis.document()).ratio();
                assertThat(ratio).as(analysis.title()).isBetween(new BigDecimal("1"), new BigDecimal("10"));
                send(member, get("/social-value/analyses/" + analysis.id() + "/results"), 200);
            }
        }
        String list = send(member, get("/social-value/analyses"), 200).getResponse().getContentAsString();
        assertThat(list).contains("Befriending older people in Bletchley");
    }

    private UUID create(HubUser user, UUID organisation, String title) throws Exception {
        return idFrom(send(user, post("/social-value/analyses/new").param("title", title).param("description", "A test")
                .param("kind", "FORECAST").param("owner", "ORGANISATION:" + organisation).param("priceYear", "2024")
                .param("discountRate", "3.5"), 302));
    }

    private static UUID idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/analyses/([0-9a-f-]{36}).*", "$1"));
    }

    private static MockHttpServletRequestBuilder outcome(UUID id, String which) {
        return post("/social-value/analyses/" + id + "/outcomes/" + which);
    }

    private MvcResult send(HubUser user, MockHttpServletRequestBuilder request, int status) throws Exception {
        if (request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
        MvcResult result = mvc.perform(request.with(user(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
                .isEqualTo(status);
        return result;
    }

    private HubUser person(Role role, UUID organisation) {
        var account = organisation == null ? accounts.create(role) : accounts.create(role, organisation);
        return account.toPrincipal(Instant.now());
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
