package org.thirdsectorhub.socialvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.support.HubIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HubIntegrationTest
class CalculationApiTest {

    private static final String HAND_CHECKED = """
            { "discountRate": 0.035, "investment": 100000,
              "outcomes": [ { "name": "Reduced loneliness", "stakeholder": "Older people", "quantity": 40,
                "proxyValue": 2500.0, "durationYears": 3, "startYear": 1, "deadweight": 0.25, "displacement": 0.0,
                "attribution": 0.1, "dropOff": 0.2 } ] }""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void calculatesAHandCheckedCaseWithoutAToken() throws Exception {
        // 40 × 2500 × 0.75 × 0.9 = 67,500 in year 1, then 54,000 and 43,200 (20 % drop-off);
        // PV = 67500/1.035 + 54000/1.035² + 43200/1.035³ = 154,590.894009
        MvcResult result = send(HAND_CHECKED);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.get("totalPresentValue").isNumber()).isTrue();
        assertThat(body.get("totalPresentValue").asDouble()).isCloseTo(154590.894009, within(1e-5));
        assertThat(body.get("ratio").asDouble()).isCloseTo(1.54590894009, within(1e-10));
        assertThat(body.get("netRatio").asDouble()).isCloseTo(0.54590894009, within(1e-10));
        assertThat(body.get("netPresentValue").asDouble()).isCloseTo(54590.894009, within(1e-5));
        assertThat(body.get("paybackMonths").asDouble()).isCloseTo(17.7777777778, within(1e-9));
        assertThat(body.get("investmentPresentValue").asDouble()).isEqualTo(100000.0);
        assertThat(body.get("years")).hasSize(3);
        assertThat(body.get("years").get(1).get("value").asDouble()).isEqualTo(54000.0);
        assertThat(body.get("outcomes").get(0).get("impactYear1").asDouble()).isEqualTo(67500.0);
        assertThat(body.get("stakeholders").get(0).get("stakeholder").asString()).isEqualTo("Older people");
        assertThat(body.get("stakeholders").get(0).get("share").asDouble()).isEqualTo(1.0);
        assertThat(body.get("sensitivity").isNull()).isTrue();
        assertThat(body.get("monteCarlo").isNull()).isTrue();
    }

    @Test
    void acceptsAnInvestmentScheduleAndALateStart() throws Exception {
        MvcResult result = send("""
                { "investments": [{"year": 0, "amount": 60000}, {"year": 1, "amount": 40000}],
                  "outcomes": [ { "name": "Jobs", "quantity": 10, "proxyValue": 10000, "durationYears": 1, "startYear": 2 } ] }""");
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        double investment = 60000 + 40000 / 1.035;
        double value = 100000 / (1.035 * 1.035);
        assertThat(body.get("investmentPresentValue").asDouble()).isCloseTo(investment, within(1e-6));
        assertThat(body.get("ratio").asDouble()).isCloseTo(value / investment, within(1e-10));
        assertThat(body.get("paybackMonths").isNull()).as("nothing arises in year 1").isTrue();
    }

    @Test
    void runsSensitivityAndMonteCarloWhenAskedAndTheSameSeedGivesTheSameAnswer() throws Exception {
        String request = """
                { "investment": 100000,
                  "outcomes": [ { "name": "Reduced loneliness", "stakeholder": "Older people", "quantity": 40,
                    "proxyValue": 2500.0, "durationYears": 3, "deadweight": 0.25, "attribution": 0.1, "dropOff": 0.2,
                    "uncertainty": { "deadweight": {"type": "TRIANGULAR", "min": 0.1, "mode": 0.25, "max": 0.5},
                                     "proxyValue": {"type": "uniform", "min": 2000, "max": 3000} } } ],
                  "sensitivity": true, "monteCarlo": { "iterations": 2000, "seed": 7 } }""";
        MvcResult first = send(request);
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(first.getResponse().getContentAsString());
        JsonNode sensitivity = body.get("sensitivity");
        assertThat(sensitivity.isArray()).isTrue();
        assertThat(sensitivity.findValuesAsString("parameter")).contains("outcomes[0].deadweight", "investment");
        JsonNode deadweight = null;
        for (JsonNode bar : sensitivity) {
            if (bar.get("parameter").asString().equals("outcomes[0].deadweight")) {
                deadweight = bar;
            }
        }
        assertThat(deadweight.get("low").asDouble()).isEqualTo(0.1);
        assertThat(deadweight.get("high").asDouble()).isEqualTo(0.5);
        assertThat(deadweight.has("breakEven")).isTrue();
        JsonNode monteCarlo = body.get("monteCarlo");
        assertThat(monteCarlo.get("iterations").asInt()).isEqualTo(2000);
        assertThat(monteCarlo.get("seed").asLong()).isEqualTo(7);
        assertThat(monteCarlo.get("ratio").get("p50").isNumber()).isTrue();
        assertThat(monteCarlo.get("probabilityRatioAtLeastOne").asDouble()).isBetween(0.0, 1.0);
        int counted = 0;
        for (JsonNode bin : monteCarlo.get("histogram")) {
            counted += bin.get("count").asInt();
        }
        assertThat(counted).isEqualTo(2000);
        assertThat(send(request).getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
    }

    @Test
    void namesEveryInvalidFieldAsProblemJson() throws Exception {
        MvcResult result = send("""
                { "investment": 0,
                  "outcomes": [ { "name": "X", "quantity": -1, "proxyValue": 10, "durationYears": 60, "deadweight": 1.5,
                    "uncertainty": { "attribution": {"type": "lognormal", "min": 0, "max": 1} } } ] }""");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.get("errors").findValuesAsString("field")).contains("outcomes[0].uncertainty.attribution.type");

        MvcResult engineErrors = send("""
                { "investment": 0,
                  "outcomes": [ { "name": "X", "quantity": -1, "proxyValue": 10, "durationYears": 60, "deadweight": 1.5 } ] }""");
        JsonNode fields = json.readTree(engineErrors.getResponse().getContentAsString()).get("errors");
        assertThat(engineErrors.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields.findValuesAsString("field")).contains("investment", "outcomes[0].quantity",
                "outcomes[0].durationYears", "outcomes[0].deadweight");
        assertThat(fields.findValuesAsString("message")).allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void answersMalformedJsonWithProblemJsonNotAServerError() throws Exception {
        for (String body : new String[] {"{ \"investment\": 100, ", "not json", "", "{\"investment\": \"lots\"}",
                "{\"outcomes\": {\"a\": 1}}", "[1, 2]"}) {
            MvcResult result = send(body);
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesFractionsWhereAWholeNumberIsNeededAndNamesMistypedFields() throws Exception {
        MvcResult fractions = send("""
                { "investments": [{"year": 0.5, "amount": 100}],
                  "outcomes": [ { "name": "X", "quantity": 1, "proxyValue": 10, "durationYears": 2.5, "startYear": 1.0 } ],
                  "monteCarlo": { "iterations": 99999999999 } }""");
        assertThat(fractions.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = json.readTree(fractions.getResponse().getContentAsString()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("investments[0].year",
                "outcomes[0].durationYears", "monteCarlo.iterations");

        MvcResult mistyped = send("{\"investment\": 100, \"outcomes\": [{\"name\": \"X\", \"quantity\": \"many\"}]}");
        assertThat(mistyped.getResponse().getStatus()).isEqualTo(400);
        assertThat(mistyped.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(mistyped.getResponse().getContentAsString()).get("errors").findValuesAsString("field"))
                .containsExactly("outcomes[0].quantity");
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        String docs = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/sroi/calculations", "SROI calculator");
    }

    private MvcResult send(String body) throws Exception {
        return mvc.perform(post("/api/v1/sroi/calculations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }
}
