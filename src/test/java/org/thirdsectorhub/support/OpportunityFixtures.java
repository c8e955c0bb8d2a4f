package org.thirdsectorhub.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.thirdsectorhub.opportunities.round.NewRound;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.RoundDetails;
import org.thirdsectorhub.opportunities.round.Rounds;

/** Published grant rounds for tests, owned by a body the test chooses, open for two weeks. */
public final class OpportunityFixtures {

    private OpportunityFixtures() {}

    public static Round openRound(Rounds rounds, UUID body) {
        return open(rounds, body, "GRANT_ROUND", List.of(
                new Round.Criterion(1, "Need", "", 60, false), new Round.Criterion(2, "Delivery", "", 40, false)));
    }

    /** A round whose criteria include social value, so applicants are asked for an SROI forecast. */
    public static Round openRoundWithSocialValue(Rounds rounds, UUID body) {
        return open(rounds, body, "GRANT_ROUND", List.of(
                new Round.Criterion(1, "Need", "", 70, false), new Round.Criterion(2, "Social value", "", 30, true)));
    }

    public static Round open(Rounds rounds, UUID body, String kind, List<Round.Criterion> criteria) {
        Round round = rounds.create(new NewRound(kind, null, body, "A test body", "Test round " + UUID.randomUUID(),
                null, List.of()));
        Instant now = Instant.now();
        rounds.update(round.id(), new RoundDetails(round.title(), "A summary", "A description", "Anyone",
                new BigDecimal("50000"), new BigDecimal("1000"), new BigDecimal("20000"), "services", "open", false, true,
                List.of(), null, now.plus(7, ChronoUnit.DAYS), now.plus(14, ChronoUnit.DAYS),
                LocalDate.now().plusWeeks(4), null, null));
        rounds.replaceCriteria(round.id(), criteria);
        List<String> missing = rounds.publish(round.id());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("fixture incomplete: " + missing);
        }
        return rounds.find(round.id()).orElseThrow();
    }
}
