package org.thirdsectorhub.commissioning.exercise;

import java.util.ArrayList;
import java.util.List;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;

/** Copies of an exercise's evidence with one part changed. */
public final class EvidenceChanges {

    private EvidenceChanges() {}

    /** A copy with the parts that are not null in {@code changes} replacing those of {@code e}; lists are added to. */
    public static ExerciseEvidence merge(ExerciseEvidence e, ExerciseEvidence changes) {
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), join(e.advocates(), changes.advocates()),
                e.consultations(), join(e.preMarketEngagement(), changes.preMarketEngagement()), e.outcomes(),
                e.sroiForecastAttached(), e.marketMap(),
                changes.capacityDecision() != null ? changes.capacityDecision() : e.capacityDecision(), e.route(),
                changes.sectorInput() != null ? changes.sectorInput() : e.sectorInput(), e.applicationProcess(),
                changes.serviceChange() != null ? changes.serviceChange() : e.serviceChange(),
                join(e.feedback(), changes.feedback()), changes.review() != null ? changes.review() : e.review());
    }

    private static <T> List<T> join(List<T> existing, List<T> added) {
        List<T> all = new ArrayList<>(existing);
        added.stream().filter(item -> !all.contains(item)).forEach(all::add);
        return all;
    }

    /** Evidence holding only the given parts, to merge into an exercise's evidence. */
    public static ExerciseEvidence only(List<ExerciseEvidence.OrganisationRef> advocates,
            List<ExerciseEvidence.Engagement> engagement, ExerciseEvidence.CapacityDecision capacity,
            ExerciseEvidence.SectorInput sectorInput, ExerciseEvidence.ServiceChange serviceChange,
            List<ExerciseEvidence.Feedback> feedback, ExerciseEvidence.Review review) {
        return new ExerciseEvidence(null, null, null, null, advocates, null, engagement, null, false, null, capacity, null,
                sectorInput, null, serviceChange, feedback, review);
    }

    public static ExerciseEvidence forecastAttached(ExerciseEvidence e) {
        return new ExerciseEvidence(e.id(), e.title(), e.stage(), e.needs(), e.advocates(), e.consultations(),
                e.preMarketEngagement(), e.outcomes(), true, e.marketMap(), e.capacityDecision(), e.route(),
                e.sectorInput(), e.applicationProcess(), e.serviceChange(), e.feedback(), e.review());
    }

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
