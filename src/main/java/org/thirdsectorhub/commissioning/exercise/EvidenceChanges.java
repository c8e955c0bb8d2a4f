package org.thirdsectorhub.commissioning.exercise;

import java.util.ArrayList;
import java.util.List;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;

/** Copies of an exercise's evidence with one part changed. */
public final class EvidenceChanges {

    private EvidenceChanges() {}

    public static ExerciseEvidence stage(ExerciseEvidence e, String stage) {
        return new ExerciseEvidence(e.id(), e.title(), stage, e.needs(), e.advocates(), e.consultations(),
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(),
                e.route(), e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

    public static ExerciseEvidence marketMap(ExerciseEvidence e, ExerciseEvidence.MarketMap map) {
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), e.consultations(),
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), map, e.capacityDecision(), e.route(),
                e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

    public static ExerciseEvidence addConsultation(ExerciseEvidence e, ExerciseEvidence.Consultation consultation) {
        List<ExerciseEvidence.Consultation> consultations = new ArrayList<>(e.consultations());
        consultations.add(consultation);
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), consultations,
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(),
                e.route(), e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

    public static ExerciseEvidence addOutcome(ExerciseEvidence e, ExerciseEvidence.OutcomeTarget outcome) {
        List<ExerciseEvidence.OutcomeTarget> outcomes = new ArrayList<>(e.outcomes());
        outcomes.add(outcome);
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), e.consultations(),
                e.preMarketEngagement(), outcomes, e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(),
                e.route(), e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

    public static ExerciseEvidence addNeed(ExerciseEvidence e, ExerciseEvidence.NeedsEvidence need) {
        List<ExerciseEvidence.NeedsEvidence> needs = new ArrayList<>(e.needs());
        needs.add(need);
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), needs, e.advocates(), e.consultations(),
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(),
                e.route(), e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

    /** The route, and with it the effort asked of applicants, which is judged against the route's value. */
    public static ExerciseEvidence route(ExerciseEvidence e, ExerciseEvidence.Route route,
            ExerciseEvidence.ApplicationProcess process) {
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), e.consultations(),
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(), route,
                e.sectorInput(), process, e.serviceChange(), e.feedback(), e.review());
    }

    public static ExerciseEvidence route(ExerciseEvidence e, ExerciseEvidence.Route route) {
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), e.consultations(),
                e.preMarketEngagement(), e.outcomes(), e.sroiForecastAttached(), e.marketMap(), e.capacityDecision(), route,
                e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }
}
