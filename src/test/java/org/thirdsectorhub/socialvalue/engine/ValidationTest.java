package org.thirdsectorhub.socialvalue.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.d;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.input;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private final SroiEngine engine = new SroiEngine();

    private static SroiInput valid() {
        return input("100000", outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2"));
    }

    private static SroiInput withFirstOutcome(UnaryOperator<Outcome> change) {
        SroiInput input = valid();
        return input.withOutcomes(List.of(change.apply(input.outcomes().get(0))));
    }

    private static Arguments refused(String description, SroiInput input, String field, String message) {
        return Arguments.of(description, input, field, message);
    }

    static Stream<Arguments> refusedInputs() {
        return Stream.of(
                refused("deadweight above 1", withFirstOutcome(o -> o.with(OutcomeParameter.DEADWEIGHT, d("1.2"))),
                        "outcomes[0].deadweight", "Deadweight must be between 0 and 1"),
                refused("negative displacement", withFirstOutcome(o -> o.with(OutcomeParameter.DISPLACEMENT, d("-0.1"))),
                        "outcomes[0].displacement", "Displacement must be between 0 and 1"),
                refused("attribution above 1", withFirstOutcome(o -> o.with(OutcomeParameter.ATTRIBUTION, d("1.01"))),
                        "outcomes[0].attribution", "Attribution must be between 0 and 1"),
                refused("drop-off above 1", withFirstOutcome(o -> o.with(OutcomeParameter.DROP_OFF, d("2"))),
                        "outcomes[0].dropOff", "Drop-off must be between 0 and 1"),
                refused("negative quantity", withFirstOutcome(o -> o.with(OutcomeParameter.QUANTITY, d("-1"))),
                        "outcomes[0].quantity", "Quantity must not be negative"),
                refused("negative proxy", withFirstOutcome(o -> o.with(OutcomeParameter.PROXY_VALUE, d("-5"))),
                        "outcomes[0].proxyValue", "Proxy value must not be negative"),
                refused("missing proxy", withFirstOutcome(o -> o.with(OutcomeParameter.PROXY_VALUE, null)),
                        "outcomes[0].proxyValue", "Proxy value is required"),
                refused("duration over 50 years", withFirstOutcome(o -> o.with(OutcomeParameter.DURATION_YEARS, d("51"))),
                        "outcomes[0].durationYears", "Duration must be between 1 and 50 years"),
                refused("duration of 0", withFirstOutcome(o -> o.with(OutcomeParameter.DURATION_YEARS, d("0"))),
                        "outcomes[0].durationYears", "Duration must be between 1 and 50 years"),
                refused("start year 0", withFirstOutcome(o -> o.withStartYear(0)),
                        "outcomes[0].startYear", "Start year must be between 1 and 50"),
                refused("blank name", withFirstOutcome(o -> new Outcome(" ", o.stakeholder(), null, o.quantity(),
                                o.proxyValue(), null, null, o.durationYears(), 1, null, null, null, null, null, null)),
                        "outcomes[0].name", "Name is required"),
                refused("zero investment", input("0", outcome("1", "1", 1)),
                        "investment", "Investment must be greater than zero"),
                refused("no investment", new SroiInput(null, null, null, null, List.of(outcome("1", "1", 1)), false, null),
                        "investment", "Investment is required"),
                refused("investment schedule adding up to zero",
                        valid().withInvestments(List.of(Investment.of(0, d("0")), Investment.of(1, d("0")))),
                        "investments", "Investment must be greater than zero"),
                refused("negative yearly investment",
                        valid().withInvestments(List.of(Investment.of(0, d("100")), Investment.of(1, d("-1")))),
                        "investments[1].amount", "Amount must not be negative"),
                refused("investment after year 50", valid().withInvestments(List.of(Investment.of(51, d("100")))),
                        "investments[0].year", "Year must be between 0 and 50"),
                refused("both investment forms", new SroiInput(null, null, d("5"), List.of(Investment.of(0, d("5"))),
                        valid().outcomes(), false, null), "investments", "Give either investment or investments, not both"),
                refused("no outcomes", input("100"), "outcomes", "At least one outcome is required"),
                refused("negative discount rate", valid().withDiscountRates(d("-0.01"), null),
                        "discountRate", "Discount rate must be between 0 and 1"),
                refused("lower rate above 1", valid().withDiscountRates(d("0.035"), d("1.5")),
                        "discountRateAfterYear30", "Discount rate must be between 0 and 1"),
                refused("no iterations", valid().withAnalyses(false, new MonteCarloSettings(0, 1L)),
                        "monteCarlo.iterations", "Iterations must be between 1 and 1,000,000"),
                refused("too many iterations", valid().withAnalyses(false, new MonteCarloSettings(1_000_001, 1L)),
                        "monteCarlo.iterations", "Iterations must be between 1 and 1,000,000"),
                refused("bounds not containing the central value", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.DEADWEIGHT, Distribution.triangular(d("0.3"), d("0.4"), d("0.5")))),
                        "outcomes[0].uncertainty.deadweight", "Distribution bounds must contain the central value 0.25"),
                refused("bounds outside 0-1", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.ATTRIBUTION, Distribution.uniform(d("0"), d("1.5")))),
                        "outcomes[0].uncertainty.attribution", "Distribution bounds must be between 0 and 1"),
                refused("min above max", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.PROXY_VALUE, Distribution.uniform(d("3000"), d("2000")))),
                        "outcomes[0].uncertainty.proxyValue", "Min must not be greater than max"),
                refused("mode outside bounds", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.QUANTITY, Distribution.pert(d("30"), d("60"), d("50")))),
                        "outcomes[0].uncertainty.quantity", "Mode must lie between min and max"),
                refused("uniform without bounds", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.QUANTITY, new Distribution(DistributionType.UNIFORM, null, null, d("50"), null, null))),
                        "outcomes[0].uncertainty.quantity", "Min and max are required for a uniform distribution"),
                refused("normal without sd", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.DROP_OFF, Distribution.normal(d("0.2"), null))),
                        "outcomes[0].uncertainty.dropOff", "Standard deviation (sd) is required for a normal distribution"),
                refused("normal with negative sd", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.DROP_OFF, Distribution.normal(d("0.2"), d("-0.1")))),
                        "outcomes[0].uncertainty.dropOff", "Standard deviation must not be negative"),
                refused("duration distribution beyond 50 years", withFirstOutcome(o -> o.withUncertainty(
                                OutcomeParameter.DURATION_YEARS, Distribution.uniform(d("1"), d("60")))),
                        "outcomes[0].uncertainty.durationYears", "Distribution bounds must be between 1 and 50"),
                refused("unknown uncertain parameter", withFirstOutcome(o -> new Outcome(o.name(), o.stakeholder(), null,
                                o.quantity(), o.proxyValue(), null, null, o.durationYears(), 1, o.deadweight(), null, null,
                                null, Map.of("weight", Distribution.uniform(d("0"), d("1"))), null)),
                        "outcomes[0].uncertainty.weight",
                        "Unknown assumption; use one of quantity, proxyValue, deadweight, displacement, attribution, dropOff, durationYears"),
                refused("investment distribution not containing the amount", valid().withInvestments(List.of(
                                new Investment(0, d("100"), Distribution.uniform(d("200"), d("300"))))),
                        "investments[0].uncertainty", "Distribution bounds must contain the central value 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void refusesInvalidInputNamingTheField(String description, SroiInput input, String field, String message) {
        SroiValidationException refusal = catchThrowableOfType(SroiValidationException.class, () -> engine.calculate(input));

        assertThat(refusal).as(description).isNotNull();
        assertThat(refusal.errors()).contains(new FieldError(field, message));
    }

    @Test
    void collectsEveryErrorRatherThanStoppingAtTheFirst() {
        Outcome bad = new Outcome("A", "B", null, d("-1"), d("10"), null, null, 60, 1, d("2"), null, d("-0.5"), null,
                null, null);
        SroiInput input = new SroiInput(null, null, d("0"), null, List.of(valid().outcomes().get(0), bad), false,
                new MonteCarloSettings(0, null));

        assertThatThrownBy(() -> engine.calculate(input))
                .isInstanceOfSatisfying(SroiValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("investment", "outcomes[1].quantity", "outcomes[1].deadweight",
                                "outcomes[1].attribution", "outcomes[1].durationYears", "monteCarlo.iterations"))
                .hasMessageContaining("outcomes[1].deadweight: Deadweight must be between 0 and 1");
    }

    @Test
    void acceptsTheBoundariesOfEveryRange() {
        Outcome edge = new Outcome("Edge", "People", null, BigDecimal.ZERO, BigDecimal.ZERO, null, null, 50, 50,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, null, null);
        SroiInput input = new SroiInput(BigDecimal.ZERO, BigDecimal.ONE, null, List.of(Investment.of(50, d("1"))),
                List.of(edge), false, new MonteCarloSettings(1, null));

        SroiResult result = engine.calculate(input);

        assertThat(result.ratio()).isEqualByComparingTo("0");
        assertThat(result.years()).hasSize(99);
    }

    @Test
    void missingDeductionsAndStartYearDefaultToZeroAndOne() {
        Outcome outcome = new Outcome("A", null, null, d("1"), d("100"), null, null, 1, null, null, null, null, null,
                null, null);

        SroiResult result = engine.calculate(input("100", outcome).withDiscountRates(BigDecimal.ZERO, null));

        assertThat(result.ratio()).isEqualByComparingTo("1");
        assertThat(result.stakeholders().get(0).stakeholder()).isEqualTo(SroiEngine.UNNAMED_STAKEHOLDER);
    }
}
