package org.thirdsectorhub.socialvalue.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.InputEntry;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.OutcomeEntry;
import org.thirdsectorhub.socialvalue.engine.Distribution;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.InputKind;
import org.thirdsectorhub.socialvalue.engine.OutcomeParameter;
import org.thirdsectorhub.socialvalue.engine.SroiResult;

class AnalysisCalculationTest {

    private final AnalysisCalculation calculation = new AnalysisCalculation();

    @Test
    void weakerEvidenceWidensTheRangeTheSimulationTries() {
        Distribution strong = AnalysisCalculation.distribution(OutcomeParameter.PROXY_VALUE, new BigDecimal("1000"), EvidenceGrade.STRONG);
        Distribution weak = AnalysisCalculation.distribution(OutcomeParameter.PROXY_VALUE, new BigDecimal("1000"), EvidenceGrade.WEAK);
        Distribution ungraded = AnalysisCalculation.distribution(OutcomeParameter.PROXY_VALUE, new BigDecimal("1000"), null);
        assertThat(strong.min()).isEqualByComparingTo("900");
        assertThat(strong.max()).isEqualByComparingTo("1100");
        assertThat(weak.min()).isEqualByComparingTo("500");
        assertThat(weak.max()).isEqualByComparingTo("1500");
        assertThat(ungraded.min()).isEqualByComparingTo("750");
        assertThat(strong.mode()).isEqualByComparingTo("1000");
    }

    @Test
    void fractionRangesStayWithinZeroAndOne() {
        Distribution high = AnalysisCalculation.distribution(OutcomeParameter.DEADWEIGHT, new BigDecimal("0.95"), EvidenceGrade.WEAK);
        assertThat(high.min()).isEqualByComparingTo("0.75");
        assertThat(high.max()).isEqualByComparingTo("1");
        Distribution zero = AnalysisCalculation.distribution(OutcomeParameter.ATTRIBUTION, BigDecimal.ZERO, EvidenceGrade.MEDIUM);
        assertThat(zero.min()).isEqualByComparingTo("0");
        assertThat(zero.max()).isEqualByComparingTo("0.1");
        assertThat(AnalysisCalculation.distribution(OutcomeParameter.QUANTITY, BigDecimal.ZERO, EvidenceGrade.WEAK))
                .as("nothing to vary").isNull();
    }

    @Test
    void volunteerTimeCountsAsInvestmentAtHoursTimesRate() {
        AnalysisDocument doc = new AnalysisDocument("", 2024, new BigDecimal("0.035"), List.of(),
                List.of(new InputEntry("Grant", "Funder", InputKind.MONEY, 0, new BigDecimal("10000"), null, null, null),
                        new InputEntry("Volunteers", "Volunteers", InputKind.VOLUNTEER_TIME, 0, null, new BigDecimal("1000"),
                                new BigDecimal("11.44"), "NLW")),
                List.of(new OutcomeEntry("Change", "People", null, new BigDecimal("10"), new BigDecimal("3000"), null, null, null,
                        1, 1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Map.of())),
                Map.of());
        SroiResult result = calculation.figures(doc);
        assertThat(result.investmentPresentValue()).isEqualByComparingTo("21440");
        // 30,000 in year 1 discounted once at 3.5 %
        assertThat(result.ratio().doubleValue()).isCloseTo(30000 / 1.035 / 21440, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theSameAnalysisGivesTheSameSimulation() {
        AnalysisDocument doc = new AnalysisDocument("", 2024, null, List.of(),
                List.of(new InputEntry("Grant", null, InputKind.MONEY, 0, new BigDecimal("10000"), null, null, null)),
                List.of(new OutcomeEntry("Change", "People", null, new BigDecimal("10"), new BigDecimal("3000"), null, null, null,
                        2, 1, new BigDecimal("0.2"), BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("0.3"),
                        Map.of("deadweight", EvidenceGrade.WEAK))),
                Map.of());
        SroiResult first = calculation.calculate(doc);
        SroiResult second = calculation.calculate(doc);
        assertThat(first.monteCarlo()).isEqualTo(second.monteCarlo());
        assertThat(first.monteCarlo().iterations()).isEqualTo(AnalysisCalculation.ITERATIONS);
        assertThat(first.sensitivity()).isNotEmpty();
    }
}
