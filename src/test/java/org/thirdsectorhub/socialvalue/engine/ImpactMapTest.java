package org.thirdsectorhub.socialvalue.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.d;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactMapTest {

    private final SroiEngine engine = new SroiEngine();

    @Test
    void volunteerTimeIsValuedAsHoursTimesTheHourlyRate() {
        // The guide's example: 5,176,860 hours × £9.15 = £47,368,269.
        ImpactInput volunteering = ImpactInput.volunteerTime("Volunteering", "Volunteers", 0, d("5176860"), d("9.15"));

        assertThat(volunteering.value()).isEqualByComparingTo("47368269");
    }

    @Test
    void inputsOfEveryKindAddUpToTheInvestmentOfTheirYear() {
        // Year 0: 20,000 grant + 5,000 premises + 200 h × £12.50 = 27,500; year 1: 10,000 grant.
        ImpactMap map = new ImpactMap(
                List.of(new Stakeholder("Young people", "Aged 16-24"), new Stakeholder("Funder", null)),
                List.of(ImpactInput.money("Grant", "Funder", 0, d("20000")),
                        new ImpactInput("Premises", "Council", InputKind.IN_KIND, 0, d("5000"), null, null),
                        ImpactInput.volunteerTime("Mentoring", "Volunteers", 0, d("200"), d("12.50")),
                        ImpactInput.money("Grant", "Funder", 1, d("10000"))),
                List.of(new Output("Mentoring sessions", d("120"), "One hour each")),
                List.of(outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2")));

        assertThat(map.investments()).containsExactly(Investment.of(0, d("27500.00")), Investment.of(1, d("10000")));

        SroiResult result = engine.calculate(map, CalculationOptions.defaults());
        // 27,500 + 10,000 / 1.035.
        assertThat(result.investmentPresentValue())
                .isEqualByComparingTo(d("27500").add(d("10000").divide(d("1.035"), DeterministicCalculator.MC)));
    }

    @Test
    void refusesNegativeVolunteerHoursNamingTheInput() {
        ImpactMap map = new ImpactMap(null,
                List.of(ImpactInput.money("Grant", "Funder", 0, d("100")),
                        ImpactInput.volunteerTime("Mentoring", "Volunteers", 0, d("-3"), d("12.50"))),
                null, List.of(outcome("1", "1", 1)));

        SroiValidationException refusal = catchThrowableOfType(SroiValidationException.class,
                () -> engine.calculate(map, CalculationOptions.defaults()));

        assertThat(refusal.errors()).containsExactly(new FieldError("inputs[1].hours", "Hours must not be negative"));
    }

    @Test
    void aMapWithoutInputsIsRefused() {
        ImpactMap map = new ImpactMap(null, null, null, List.of(outcome("1", "1", 1)));

        SroiValidationException refusal = catchThrowableOfType(SroiValidationException.class,
                () -> engine.calculate(map, new CalculationOptions(BigDecimal.ZERO, null, true, null)));

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("inputs");
    }
}
