package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Schema;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.organisations.oruk.OpenReferral;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.organisations.register.ServiceStore;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;
import org.thirdsectorhub.support.HubIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real answers of the Open Referral UK API, validated against the official ORUK 3.0 schemas. */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenReferralApiTest {

    private final OrukSchemas schemas = new OrukSchemas();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterService register;

    @Autowired
    ServiceStore services;

    @Autowired
    JsonMapper json;

    private UUID organisation;
    private UUID firstService;

    @BeforeAll
    void registerAnOrganisationWithThreeServices() {
        organisation = register.register(Drafts.organisation(Drafts.unique("Open Referral Test Trust"),
                List.of(OrgId.of(OrgIdScheme.GB_CHC, String.valueOf(3000000 + (int) (Math.random() * 999999))).orElseThrow()),
                "MK9 3HS"), "LOCAL", "test");
        firstService = services.add(organisation, Drafts.service("Alpha advice"));
        services.add(organisation, Drafts.service("Beta lunch club"));
        services.add(organisation, Drafts.service("Gamma walks"));
    }

    @Test
    void apiInformationNamesTheVersion() throws Exception {
        JsonNode about = json.readTree(body("/openreferral/"));
        assertThat(about.path("version").asString()).isEqualTo("3.0");
        assertValid(schemas.response("/"), body("/openreferral/"));
    }

    @Test
    void servicesListValidatesOnEveryPageIncludingTheSecondAndAnEmptyOne() throws Exception {
        String base = "/openreferral/services?organization_id=" + organisation + "&per_page=2";
        String first = body(base + "&page=1");
        String second = body(base + "&page=2");
        String empty = body(base + "&page=3");
        for (String page : List.of(first, second, empty)) {
            assertValid(schemas.response("/services"), page);
            assertValid(schemas.pageOf("service_list.json"), page);
        }
        JsonNode one = json.readTree(first);
        assertThat(one.path("total_items").asLong()).isEqualTo(3);
        assertThat(one.path("total_pages").asLong()).isEqualTo(2);
        assertThat(one.path("first_page").asBoolean()).isTrue();
        assertThat(one.path("last_page").asBoolean()).isFalse();
        assertThat(one.path("contents").size()).isEqualTo(2);
        JsonNode two = json.readTree(second);
        assertThat(two.path("page_number").asInt()).isEqualTo(2);
        assertThat(two.path("size").asInt()).isEqualTo(1);
        assertThat(two.path("last_page").asBoolean()).isTrue();
        assertThat(two.path("contents").get(0).path("name").asString()).isEqualTo("Gamma walks");
        JsonNode three = json.readTree(empty);
        assertThat(three.path("empty").asBoolean()).isTrue();
        assertThat(three.path("contents").size()).isZero();
    }

    @Test
    void demoServicesValidateToo() throws Exception {
        String page = body("/openreferral/services?per_page=100");
        assertValid(schemas.response("/services"), page);
        assertValid(schemas.pageOf("service_list.json"), page);
        for (JsonNode item : json.readTree(page).path("contents")) {
            assertValid(schemas.compiled("service.json"), body("/openreferral/services/" + item.path("id").asString()));
        }
    }

    @Test
    void filtersByTextTaxonomyTermAndPostcode() throws Exception {
        String term = OpenReferral.termId("105").toString();
        JsonNode byTerm = json.readTree(body("/openreferral/services?organization_id=" + organisation + "&taxonomy_term_id=" + term));
        assertThat(byTerm.path("total_items").asLong()).isEqualTo(3);
        JsonNode byOtherTerm = json.readTree(body("/openreferral/services?organization_id=" + organisation
                + "&taxonomy_term_id=" + OpenReferral.termId("110")));
        assertThat(byOtherTerm.path("total_items").asLong()).isZero();
        JsonNode byText = json.readTree(body("/openreferral/services?organization_id=" + organisation + "&text=lunch"));
        assertThat(byText.path("total_items").asLong()).isEqualTo(1);
        JsonNode byPostcode = json.readTree(body("/openreferral/services?organization_id=" + organisation + "&postcode=MK9 1AA"));
        assertThat(byPostcode.path("total_items").asLong()).isEqualTo(3);
        JsonNode elsewhere = json.readTree(body("/openreferral/services?organization_id=" + organisation + "&postcode=SW1A 1AA"));
        assertThat(elsewhere.path("total_items").asLong()).isZero();
    }

    @Test
    void fullServiceValidatesAndCarriesItsOrganizationLocationsSchedulesAndTerms() throws Exception {
        String answer = body("/openreferral/services/" + firstService);
        assertValid(schemas.response("/services/{id}"), answer);
        assertValid(schemas.compiled("service.json"), answer);
        JsonNode service = json.readTree(answer);
        assertThat(service.path("organization").path("id").asString()).isEqualTo(organisation.toString());
        assertThat(service.path("organization").path("organization_identifiers").size()).isEqualTo(1);
        assertThat(service.path("service_at_locations").get(0).path("location").path("addresses").get(0)
                .path("postal_code").asString()).isEqualTo("MK9 3HS");
        assertThat(service.path("schedules").get(0).path("byday").asString()).isEqualTo("MO,WE");
        assertThat(service.path("attributes").get(0).path("taxonomy_term").path("term").asString()).isEqualTo("105");
        assertThat(service.path("contacts").size()).isEqualTo(1);
    }

    @Test
    void organizationsValidate() throws Exception {
        String list = body("/openreferral/organizations?per_page=5&page=2");
        assertValid(schemas.pageOf("organization_list.json"), list);
        assertThat(json.readTree(list).path("page_number").asInt()).isEqualTo(2);
        String one = body("/openreferral/organizations/" + organisation);
        assertValid(schemas.compiled("organization.json"), one);
        assertThat(json.readTree(one).path("services").size()).isEqualTo(3);
    }

    @Test
    void taxonomiesAndTermsValidate() throws Exception {
        String taxonomies = body("/openreferral/taxonomies");
        assertValid(schemas.response("/taxonomies"), taxonomies);
        String id = json.readTree(taxonomies).path("contents").get(0).path("id").asString();
        assertValid(schemas.response("/taxonomies/{id}"), body("/openreferral/taxonomies/" + id));
        String terms = body("/openreferral/taxonomy_terms?per_page=10&page=2");
        assertValid(schemas.response("/taxonomy_terms"), terms);
        JsonNode page = json.readTree(terms);
        assertThat(page.path("total_items").asLong()).isEqualTo(34);
        assertThat(page.path("contents").size()).isEqualTo(10);
        assertValid(schemas.response("/taxonomy_terms/{id}"), body("/openreferral/taxonomy_terms/" + OpenReferral.termId("101")));
    }

    @Test
    void brokenPayloadsFailValidation() {
        String noStatus = """
                {"id": "%s", "name": "Missing its status"}""".formatted(UUID.randomUUID());
        assertThat(OrukSchemas.errors(schemas.compiled("service.json"), noStatus)).isNotEmpty();
        String badId = """
                {"id": "not-a-uuid", "name": "Bad id", "status": "active"}""";
        assertThat(OrukSchemas.errors(schemas.compiled("service.json"), badId)).isNotEmpty();
        String badPage = """
                {"total_items": "many", "contents": [{"id": "%s", "name": "x", "status": "closed"}]}"""
                .formatted(UUID.randomUUID());
        assertThat(OrukSchemas.errors(schemas.response("/services"), badPage)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void mistakesAreProblemsNotErrors() throws Exception {
        MvcResult badPage = mvc.perform(get("/openreferral/services?page=zero")).andReturn();
        assertThat(badPage.getResponse().getStatus()).isEqualTo(400);
        assertThat(badPage.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(get("/openreferral/services/" + UUID.randomUUID())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/openreferral/services/nonsense")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/openreferral/services?organization_id=nonsense")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    private String body(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertValid(Schema schema, String answer) {
        assertThat(OrukSchemas.errors(schema, answer)).as(answer.length() > 400 ? answer.substring(0, 400) : answer).isEmpty();
    }
}
