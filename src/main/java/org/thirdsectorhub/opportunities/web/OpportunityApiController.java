package org.thirdsectorhub.opportunities.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdsectorhub.opportunities.round.Clarifications;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Published grant rounds and tenders as JSON, for anyone. */
@RestController
class OpportunityApiController {

    private final Rounds rounds;
    private final Clarifications clarifications;

    OpportunityApiController(Rounds rounds, Clarifications clarifications) {
        this.rounds = rounds;
        this.clarifications = clarifications;
    }

    record OpportunityJson(String reference, String kind, String status, String title, String summary,
            String description, String eligibility, String owner, BigDecimal totalBudget, BigDecimal minimumAward,
            BigDecimal maximumAward, String procurementCategory, String procurementMethod, boolean suitableForSme,
            boolean suitableForVcse, List<String> wardCodes, Instant publishedAt, Instant opensAt,
            Instant clarificationsCloseAt, Instant closesAt, LocalDate decisionExpectedOn, LocalDate startsOn,
            LocalDate endsOn, List<Round.Criterion> criteria, List<QuestionJson> clarifications, String url) {}

    record QuestionJson(String question, String answer, Instant publishedAt) {}

    @GetMapping("/api/v1/opportunities")
    List<OpportunityJson> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String status) {
        return rounds.published(kind, status).stream().map(round -> json(round, false)).toList();
    }

    @GetMapping("/api/v1/opportunities/{reference}")
    OpportunityJson one(@PathVariable String reference) {
        Round round = rounds.findByReference(reference).filter(Round::published)
                .orElseThrow(() -> new NotFoundException("opportunity " + reference));
        return json(round, true);
    }

    private OpportunityJson json(Round round, boolean withQuestions) {
        List<QuestionJson> questions = withQuestions ? clarifications.published(round.id()).stream()
                .map(q -> new QuestionJson(q.question(), q.answer(), q.publishedAt())).toList() : null;
        return new OpportunityJson(round.reference(), round.kind(), round.status(rounds.now()), round.title(),
                round.summary(), round.description(), round.eligibility(), round.ownerName(), round.totalBudget(),
                round.minimumAward(), round.maximumAward(), round.procurementCategory(), round.procurementMethod(),
                round.suitableForSme(), round.suitableForVcse(), round.wardCodes(), round.publishedAt(),
                round.opensAt(), round.clarificationsCloseAt(), round.closesAt(), round.decisionExpectedOn(),
                round.startsOn(), round.endsOn(), round.criteria(), questions, "/opportunities/" + round.reference());
    }
}
