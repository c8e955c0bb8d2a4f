package org.thirdsectorhub.opportunities.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thirdsectorhub.opportunities.assessment.Decisions;
import org.thirdsectorhub.opportunities.assessment.PublishedDecisions;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;

/** The published decisions of a round, as a page and as JSON: funded organisations by name, the rest as counts. */
@Controller
class PublicDecisionsController {

    private final AssessedRounds rounds;
    private final Decisions decisions;

    PublicDecisionsController(AssessedRounds rounds, Decisions decisions) {
        this.rounds = rounds;
        this.decisions = decisions;
    }

    @GetMapping("/opportunities/{reference}/decisions")
    String page(@PathVariable String reference, Model model) {
        model.addAttribute("published", decisions.published(rounds.find(reference)));
        return "assessment/public-decisions";
    }

    @GetMapping(value = "/api/v1/opportunities/{reference}/decisions", produces = "application/json")
    @ResponseBody
    DecisionsJson api(@PathVariable String reference) {
        PublishedDecisions p = decisions.published(rounds.find(reference));
        Round round = p.round();
        return new DecisionsJson(round.reference(), round.title(), round.kind(), round.ownerName(), p.publishedAt(),
                p.applications(), p.funded().size(), p.unsuccessful(), p.totalAwarded(),
                p.funded().stream().map(f -> new FundedJson(f.organisation(), f.organisationName(), f.title(), f.amount(),
                        f.reasons(), f.award())).toList());
    }

    record DecisionsJson(String reference, String title, String kind, String funder, Instant publishedAt,
            int applications, int successful, int unsuccessful, BigDecimal totalAwarded, List<FundedJson> awards) {}

    record FundedJson(UUID organisation, String organisationName, String title, BigDecimal amount, String reasons,
            UUID award) {}
}
