package org.thirdsectorhub.commissioning.conformance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What has been recorded about a commissioning exercise, as the rules read it. Absent evidence is
 * null or empty, and rules answer INSUFFICIENT_EVIDENCE rather than guess.
 */
public record ExerciseEvidence(
        UUID id,
        String title,
        String stage,
        List<NeedsEvidence> needs,
        List<OrganisationRef> advocates,
        List<Consultation> consultations,
        List<Engagement> preMarketEngagement,
        List<OutcomeTarget> outcomes,
        boolean sroiForecastAttached,
        MarketMap marketMap,
        CapacityDecision capacityDecision,
        Route route,
        SectorInput sectorInput,
        ApplicationProcess applicationProcess,
        ServiceChange serviceChange,
        List<Feedback> feedback,
        Review review) {

    public ExerciseEvidence {
        needs = list(needs);
        advocates = list(advocates);
        consultations = list(consultations);
        preMarketEngagement = list(preMarketEngagement);
        outcomes = list(outcomes);
        feedback = list(feedback);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public record OrganisationRef(UUID id, String name, boolean thirdSector) {}

    public record NeedsEvidence(String title, String kind, String communitiesConcerned, String href) {}

    /** A formal written consultation; a shorter period than the threshold needs a recorded reason. */
    public record Consultation(String title, LocalDate opensOn, LocalDate closesOn, LocalDate noticeGivenOn,
            String shorterPeriodReason, boolean written, String href) {}

    public record Engagement(String title, LocalDate heldOn, String kind, List<OrganisationRef> participants,
            boolean prioritiesSetWithProviders, String href) {
        public Engagement {
            participants = list(participants);
        }
    }

    public record OutcomeTarget(String outcome, String indicator, String target) {}

    public record MarketMap(LocalDate generatedOn, int organisations, int thirdSectorOrganisations, String href) {}

    public record CapacityDecision(boolean invest, String reason, boolean hardToReachGroupsConsidered) {}

    /** How the service will be bought, and why. */
    public record Route(String kind, String reason, LocalDate decidedOn, boolean consortiaWelcome,
            boolean subcontractingWelcome, boolean openlyAdvertised, Integer contractLengthMonths,
            String lengthReason, String riskSharing, java.math.BigDecimal estimatedValue) {}

    /** The opportunity given to the sector to shape the programme (Compact C10). */
    public record SectorInput(LocalDate on, String description, String href) {}

    /** The effort applicants are asked for (Compact C12). */
    public record ApplicationProcess(int estimatedHours, int stages) {}

    /** A cut or reduction of a service, which needs an equality impact assessment (Compact C13). */
    public record ServiceChange(boolean reducesServices, boolean usedByEqualitiesGroups, boolean impactAssessed,
            String href) {}

    public record Feedback(String from, LocalDate receivedOn, String summary) {}

    public record Review(LocalDate on, String summary, String href) {}
}
