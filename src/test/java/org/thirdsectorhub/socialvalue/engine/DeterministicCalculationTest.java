package org.thirdsectorhub.socialvalue.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.d;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.input;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases worked out by hand from the guide's definitions; the working is in the comments. */
class DeterministicCalculationTest {

    private static final BigDecimal EXACT = new BigDecimal("1e-25");
    private final SroiEngine engine = new SroiEngine();

    @Test
    void dropOffAppliesOnlyAfterTheFirstYearGivingTheGuidesHundredNinetyEightyOne() {
        // 1 × £100, three years, 10 % drop-off, no discounting: 100, 100 × 0.9 = 90, 90 × 0.9 = 81; total 271.
        SroiInput undiscounted = input("100", outcome("1", "100", 3, "0", "0", "0", "0.1"))
                .withDiscountRates(BigDecimal.ZERO, null);

        SroiResult result = engine.calculate(undiscounted);

        assertThat(result.years()).extracting(YearValue::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("100"), d("90"), d("81"));
        assertThat(result.totalPresentValue()).isEqualByComparingTo("271");
        assertThat(result.ratio()).isEqualByComparingTo("2.71");
        assertThat(result.netRatio()).isEqualByComparingTo("1.71");
    }

    @Test
    void eachYearIsDiscountedByOnePlusRateToThePowerOfTheYear() {
        // At 3.5 %: 100 / 1.035 = 96.618357487922705…; 90 / 1.071225 = 84.015963032976265…;
        // 81 / 1.108717875 = 73.057359159109796…; sum 253.691679680008766883…; investment 100 at year 0.
        SroiResult result = engine.calculate(input("100", outcome("1", "100", 3, "0", "0", "0", "0.1")));

        assertThat(result.years()).extracting(YearValue::presentValue).satisfiesExactly(
                year1 -> assertThat(year1).isCloseTo(d("96.61835748792270531400966183574879"), within(EXACT)),
                year2 -> assertThat(year2).isCloseTo(d("90").divide(d("1.071225"), DeterministicCalculator.MC), within(EXACT)),
                year3 -> assertThat(year3).isCloseTo(d("81").divide(d("1.108717875"), DeterministicCalculator.MC), within(EXACT)));
        assertThat(result.totalPresentValue()).isCloseTo(d("253.6916796800087668830990931755294"), within(EXACT));
        assertThat(result.investmentPresentValue()).isEqualByComparingTo("100");
        assertThat(result.ratio()).isCloseTo(d("2.536916796800087668830990931755294"), within(EXACT));
        assertThat(result.netPresentValue()).isCloseTo(d("153.6916796800087668830990931755294"), within(EXACT));
    }

    @Test
    void deductionsMultiplyRatherThanAdd() {
        // 40 × 2500 = 100,000; × (1 − 0.25) × (1 − 0.2) × (1 − 0.1) = 100,000 × 0.75 × 0.8 × 0.9 = 54,000
        // (adding them would wrongly give 100,000 × 0.45 = 45,000).
        SroiResult result = engine.calculate(input("1000", outcome("40", "2500", 1, "0.25", "0.2", "0.1", "0")));

        assertThat(result.outcomes().get(0).impactYear1()).isEqualByComparingTo("54000");
    }

    @Test
    void lateStartingOutcomeIsPlacedAndDiscountedInItsOwnCalendarYears() {
        // 10 × £50 × (1 − 0.2) = 400 in its first year, which is calendar year 3; year 4: 400 × (1 − 0.5) = 200.
        // At 5 %: 400 / 1.157625 = 345.535039…; 200 / 1.21550625 = 164.540494…; total 510.0755343709668296645944848082847.
        Outcome late = outcome("10", "50", 2, "0.2", "0", "0", "0.5").withStartYear(3);
        SroiResult result = engine.calculate(input("1000", late).withDiscountRates(d("0.05"), null));

        assertThat(result.years()).extracting(YearValue::year).containsExactly(1, 2, 3, 4);
        assertThat(result.years()).extracting(YearValue::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("0"), d("400"), d("200"));
        assertThat(result.outcomes().get(0).impactYear1()).isEqualByComparingTo("400");
        assertThat(result.outcomes().get(0).values()).extracting(YearValue::year).containsExactly(3, 4);
        assertThat(result.totalPresentValue()).isCloseTo(d("510.0755343709668296645944848082847"), within(EXACT));
        // Nothing arises in year 1, so there is no year-1 value to pay the investment back from.
        assertThat(result.paybackMonths()).isNull();
    }

    @Test
    void investmentAfterYearZeroIsDiscountedAndTheIssueExampleAddsUp() {
        // Investment: 60,000 now + 40,000 / 1.035 = 60,000 + 38,647.342995169082… = 98,647.34299516908212560386473429952.
        // Outcome: 40 × 2500 × 0.75 × 1 × 0.9 = 67,500; then 54,000 and 43,200 with 20 % drop-off.
        // PV = 67,500 / 1.035 + 54,000 / 1.071225 + 43,200 / 1.108717875 = 154,590.8940089921432898337640673467.
        // Ratio = 154,590.894… / 98,647.343… = 1.567106516153838083300469596569087.
        // Payback = 98,647.343… / (67,500 / 12) = 17.53730542136339237788513150831991 months.
        SroiInput input = new SroiInput(d("0.035"), null, null,
                List.of(Investment.of(0, d("60000")), Investment.of(1, d("40000"))),
                List.of(outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2")), false, null);

        SroiResult result = engine.calculate(input);

        assertThat(result.investmentPresentValue()).isCloseTo(d("98647.34299516908212560386473429952"), within(EXACT));
        assertThat(result.totalPresentValue()).isCloseTo(d("154590.8940089921432898337640673467"), within(EXACT));
        assertThat(result.ratio()).isCloseTo(d("1.567106516153838083300469596569087"), within(EXACT));
        assertThat(result.paybackMonths()).isCloseTo(d("17.53730542136339237788513150831991"), within(EXACT));
    }

    @Test
    void greenBookLowerRateAppliesOnlyFromYear31() {
        // 1.035^30 = 2.806793704702633616983891832168893. With 3 % after year 30:
        // year 31: 1000 / (1.035^30 × 1.03); year 32: 1000 / (1.035^30 × 1.0609); total 681.7279418632030607572629719186458.
        // Without it: 1000 / 1.035^31 + 1000 / 1.035^32 = 676.8200570148042053347694148595269.
        Outcome late = outcome("1", "1000", 2).withStartYear(31);
        Outcome year30 = outcome("1", "1000", 1).withStartYear(30);

        SroiResult lower = engine.calculate(input("1000", late, year30)
                .withDiscountRates(d("0.035"), SroiInput.GREEN_BOOK_RATE_AFTER_YEAR_30));
        SroiResult flat = engine.calculate(input("1000", late, year30));

        assertThat(lower.outcomes().get(0).presentValue())
                .isCloseTo(d("681.7279418632030607572629719186458"), within(EXACT));
        assertThat(flat.outcomes().get(0).presentValue())
                .isCloseTo(d("676.8200570148042053347694148595269"), within(EXACT));
        // Year 30 itself is discounted at 3.5 % either way: 1000 / 2.806793704702633616983891832168893.
        assertThat(lower.outcomes().get(1).presentValue())
                .isEqualByComparingTo(flat.outcomes().get(1).presentValue())
                .isCloseTo(d("356.2784106023015404716159048810302"), within(new BigDecimal("1e-20")));
    }

    @Test
    void paybackDividesTheInvestmentPresentValueByAMonthOfYearOneValue() {
        // Investment 10,000 now + 10,350 in year 1 at 3.5 % = 10,000 + 10,000 = 20,000 in present value.
        // Year-1 value 100 × £100 = 10,000, i.e. 833.33… a month: 20,000 / (10,000 / 12) = 24 months.
        SroiInput input = new SroiInput(null, null, null,
                List.of(Investment.of(0, d("10000")), Investment.of(1, d("10350"))),
                List.of(outcome("100", "100", 5)), false, null);

        assertThat(engine.calculate(input).paybackMonths()).isEqualByComparingTo("24");
    }

    @Test
    void stakeholdersShareTheTotalPresentValueInOrderOfFirstAppearance() {
        // With no discounting: young people 300 + 100 = 400, parents 100; shares 0.8 and 0.2.
        Outcome a = Outcome.of("A", "Young people", d("3"), d("100"), 1, null, null, null, null);
        Outcome b = Outcome.of("B", "Parents", d("1"), d("100"), 1, null, null, null, null);
        Outcome c = Outcome.of("C", "Young people", d("1"), d("100"), 1, null, null, null, null);

        SroiResult result = engine.calculate(input("100", a, b, c).withDiscountRates(BigDecimal.ZERO, null));

        assertThat(result.stakeholders()).extracting(StakeholderResult::stakeholder)
                .containsExactly("Young people", "Parents");
        assertThat(result.stakeholders()).extracting(StakeholderResult::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0.8"), d("0.2"));
    }

    @Test
    void singleInvestmentFigureIsTheSameAsAYearZeroSchedule() {
        Outcome outcome = outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2");
        SroiResult single = engine.calculate(input("100000", outcome));
        SroiResult schedule = engine.calculate(new SroiInput(null, null, null,
                List.of(Investment.of(0, d("100000"))), List.of(outcome), false, null));

        assertThat(single).isEqualTo(schedule);
        assertThat(single.sensitivity()).isNull();
        assertThat(single.monteCarlo()).isNull();
    }
}
