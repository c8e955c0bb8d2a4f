package org.thirdsectorhub.opportunities.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a commissioner fills in about an opportunity, checked by the page before it gets here. */
public record RoundDetails(String title, String summary, String description, String eligibility,
        BigDecimal totalBudget, BigDecimal minimumAward, BigDecimal maximumAward, String procurementCategory,
        String procurementMethod, boolean suitableForSme, boolean suitableForVcse, List<String> wardCodes,
        Instant opensAt, Instant clarificationsCloseAt, Instant closesAt, LocalDate decisionExpectedOn,
        LocalDate startsOn, LocalDate endsOn) {

    public static RoundDetails of(Round round) {
        return new RoundDetails(round.title(), round.summary(), round.description(), round.eligibility(),
                round.totalBudget(), round.minimumAward(), round.maximumAward(), round.procurementCategory(),
                round.procurementMethod(), round.suitableForSme(), round.suitableForVcse(), round.wardCodes(),
                round.opensAt(), round.clarificationsCloseAt(), round.closesAt(), round.decisionExpectedOn(),
                round.startsOn(), round.endsOn());
    }
}
