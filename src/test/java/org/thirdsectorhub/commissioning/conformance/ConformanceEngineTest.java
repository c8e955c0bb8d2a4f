package org.thirdsectorhub.commissioning.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdsectorhub.commissioning.conformance.ConformanceEvidence.goodAward;
import static org.thirdsectorhub.commissioning.conformance.ConformanceEvidence.goodExercise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceEngineTest {

    private final ConformanceEngine engine = new ConformanceEngine();
    private final Thresholds thresholds = Thresholds.defaults();

    @Test
    void aWellRunExercisePassesEveryPrincipleAndCheck() {
        List<RuleResult> results = engine.check(goodExercise(), thresholds);
        assertThat(results).extracting(RuleResult::rule)
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "C1", "C2", "C10", "C11", "C12", "C13");
        assertThat(results).allSatisfy(result -> assertThat(result.status()).as(result.explanation()).isEqualTo(Status.PASS));
        assertThat(results).allSatisfy(result -> assertThat(result.ruleVersion()).isEqualTo(1));
    }

    @Test
    void aWellRunAwardPassesEveryCheck() {
        assertThat(engine.check(goodAward(), thresholds))
                .allSatisfy(result -> assertThat(result.status()).as(result.explanation()).isEqualTo(Status.PASS));
    }

    @Test
    void anEightWeekConsultationWithoutAReasonFailsC1AsTheReviewWouldSayIt() {
        var exercise = goodExercise();
        var shortConsultation = new ExerciseEvidence.Consultation("Family support consultation", LocalDate.of(2010, 2, 1),
                LocalDate.of(2010, 3, 29), LocalDate.of(2010, 1, 4), null, true, "/consultations/1");
        var result = rule("C1", engine.check(withConsultation(exercise, shortConsultation), thresholds));
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.explanation()).isEqualTo("C1 FAIL: the consultation ran 8 weeks (1 Feb – 29 Mar 2010) and no "
                + "reason for the shorter period is recorded");
        assertThat(result.evidence()).extracting(EvidenceRef::href).containsExactly("/consultations/1");

        var withReason = new ExerciseEvidence.Consultation("Family support consultation", LocalDate.of(2010, 2, 1),
                LocalDate.of(2010, 3, 29), LocalDate.of(2010, 1, 4), "the grant scheme closes at year end", true, "/c/1");
        assertThat(rule("C1", engine.check(withConsultation(exercise, withReason), thresholds)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void sixWeeksNoticeOfAnEndingFailsC3() {
        var award = goodAward();
        var cut = new AwardEvidence(award.id(), award.type(), award.recipientName(), award.recipientIncome(), award.amount(),
                award.startsOn(), award.endsOn(), null, award.fundingMethodReason(), true, award.monitoring(), true,
                award.payments(), true, award.riskAllocation(), false,
                new AwardEvidence.Ending(LocalDate.of(2011, 3, 19), LocalDate.of(2011, 4, 30), true, "budget cut", false),
                award.today());
        var result = rule("C3", engine.check(cut, thresholds));
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.explanation()).isEqualTo("C3 FAIL: funding to Home-Start Milton Keynes ends on 30 Apr 2011 with "
                + "6 weeks' notice");
    }

    @Test
    void aOneYearGrantWithoutAReasonFailsC4() {
        var award = goodAward();
        var oneYear = new AwardEvidence(award.id(), award.type(), award.recipientName(), award.recipientIncome(),
                award.amount(), LocalDate.of(2010, 4, 1), LocalDate.of(2011, 3, 31), null, award.fundingMethodReason(), true,
                award.monitoring(), true, award.payments(), true, award.riskAllocation(), false, null, award.today());
        var result = rule("C4", engine.check(oneYear, thresholds));
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.explanation()).contains("a 1-year grant to Home-Start Milton Keynes with no reason recorded");
    }

    @Test
    void monitoringHeavierThanTheValueJustifiesFailsC6() {
        var award = goodAward();
        var small = new AwardEvidence(award.id(), award.type(), award.recipientName(), award.recipientIncome(),
                new BigDecimal("5000"), award.startsOn(), award.endsOn(), null, award.fundingMethodReason(), true,
                new AwardEvidence.Monitoring("QUARTERLY_WITH_VISIT", true), true, award.payments(), true,
                award.riskAllocation(), false, null, award.today());
        var result = rule("C6", engine.check(small, thresholds));
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.explanation()).contains("quarterly indicators and a visit for £5,000", "a light six-monthly return");
    }

    @Test
    void arrearsOnlyPaymentToASmallOrganisationIsFlaggedUnderC7() {
        var award = goodAward();
        var arrears = new AwardEvidence(award.id(), award.type(), award.recipientName(), new BigDecimal("40000"),
                award.amount(), award.startsOn(), award.endsOn(), null, award.fundingMethodReason(), true, award.monitoring(),
                false, award.payments(), true, award.riskAllocation(), false, null, award.today());
        assertThat(rule("C7", engine.check(arrears, thresholds)).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aLateOrMissedPaymentFailsC8() {
        var award = goodAward();
        var late = new AwardEvidence(award.id(), award.type(), award.recipientName(), award.recipientIncome(),
                award.amount(), award.startsOn(), award.endsOn(), null, award.fundingMethodReason(), true, award.monitoring(),
                true, List.of(new AwardEvidence.Payment(LocalDate.of(2010, 6, 1), LocalDate.of(2010, 6, 21), new BigDecimal("15000")),
                        new AwardEvidence.Payment(LocalDate.of(2010, 9, 1), null, new BigDecimal("15000"))),
                true, award.riskAllocation(), false, null, LocalDate.of(2010, 9, 10));
        var result = rule("C8", engine.check(late, thresholds));
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.explanation()).contains("paid 20 days late", "is unpaid");
    }

    @Test
    void aGaggingClauseFailsC14() {
        var award = goodAward();
        var gagged = new AwardEvidence(award.id(), award.type(), award.recipientName(), award.recipientIncome(),
                award.amount(), award.startsOn(), award.endsOn(), null, award.fundingMethodReason(), true, award.monitoring(),
                true, award.payments(), true, award.riskAllocation(), true, null, award.today());
        assertThat(rule("C14", engine.check(gagged, thresholds)).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void missingEvidenceIsInsufficientNotAGuess() {
        var empty = new ExerciseEvidence(null, "New exercise", "ANALYSE", null, null, null, null, null, false, null, null,
                null, null, null, null, null, null);
        assertThat(engine.check(empty, thresholds))
                .allSatisfy(result -> assertThat(result.status()).as(result.rule()).isEqualTo(Status.INSUFFICIENT_EVIDENCE));
        var blankAward = new AwardEvidence(null, "CONTRACT", "A provider", null, null, null, null, null, "value for money",
                null, null, null, null, null, null, null, null, null);
        assertThat(engine.check(blankAward, thresholds)).filteredOn(result -> !result.rule().equals("C3")
                        && !result.rule().equals("C11"))
                .allSatisfy(result -> assertThat(result.status()).as(result.rule()).isEqualTo(Status.INSUFFICIENT_EVIDENCE));
    }

    @Test
    void thresholdsAreDataSoAPartnershipCanAgreeItsOwn() {
        var exercise = goodExercise();
        var tenWeeks = new ExerciseEvidence.Consultation("Consultation", LocalDate.of(2010, 2, 1), LocalDate.of(2010, 4, 12),
                LocalDate.of(2010, 1, 4), null, true, "/c");
        var stricter = withConsultation(exercise, tenWeeks);
        assertThat(rule("C1", engine.check(stricter, thresholds)).status()).isEqualTo(Status.FAIL);
        var tenWeekThresholds = new Thresholds(10, 3, 3, 12, new BigDecimal("100000"), new BigDecimal("2000"),
                new BigDecimal("20000"), new BigDecimal("200000"), 4, 0);
        assertThat(rule("C1", engine.check(stricter, tenWeekThresholds)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void aRouteChosenWithoutEngagingTheSectorFailsTheEarlyPrinciples() {
        var e = goodExercise();
        var rushed = new ExerciseEvidence(e.id(), e.title(), "DO", e.needs(), List.of(), e.consultations(), List.of(),
                e.outcomes(), false, null, e.capacityDecision(), e.route(), e.sectorInput(), e.applicationProcess(),
                e.serviceChange(), e.feedback(), e.review());
        var results = engine.check(rushed, thresholds);
        assertThat(rule("P1", results).status()).isEqualTo(Status.FAIL);
        assertThat(rule("P2", results).status()).isEqualTo(Status.FAIL);
        assertThat(rule("P4", results).status()).isEqualTo(Status.FAIL);
    }

    private static ExerciseEvidence withConsultation(ExerciseEvidence e, ExerciseEvidence.Consultation consultation) {
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), List.of(consultation),
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(),
                e.route(), e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

    private static RuleResult rule(String id, List<RuleResult> results) {
        return results.stream().filter(result -> result.rule().equals(id)).findFirst().orElseThrow();
    }
}
