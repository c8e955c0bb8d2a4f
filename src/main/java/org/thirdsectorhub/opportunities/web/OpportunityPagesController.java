package org.thirdsectorhub.opportunities.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.round.Clarifications;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationReferences;
import org.thirdsectorhub.shared.web.NotFoundException;

/** The public list of grant rounds and tenders and each one's page: no sign-in needed. */
@Controller
class OpportunityPagesController {

    private static final Set<String> KINDS = Set.of("GRANT_ROUND", "TENDER");
    private static final Set<String> STATUSES = Set.of("OPEN", "CLOSED", "DECIDED", "CANCELLED");

    private final Rounds rounds;
    private final Clarifications clarifications;
    private final CommissionerBodies bodies;

    private final OrganisationReferences references;

    OpportunityPagesController(Rounds rounds, Clarifications clarifications, CommissionerBodies bodies,
            OrganisationReferences references) {
        this.references = references;
        this.bodies = bodies;
        this.rounds = rounds;
        this.clarifications = clarifications;
    }

    @GetMapping("/opportunities")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            Model model) {
        String chosenKind = kind != null && KINDS.contains(kind) ? kind : null;
        String chosenStatus = status != null && STATUSES.contains(status) ? status : null;
        List<Round> found = rounds.published(chosenKind, chosenStatus);
        model.addAttribute("opportunities", found);
        model.addAttribute("kind", chosenKind == null ? "" : chosenKind);
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus);
        model.addAttribute("now", rounds.now());
        return "opportunities/list";
    }

    @GetMapping("/opportunities/{reference}")
    String show(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = rounds.require(reference);
        boolean owner = user != null && user.canActFor(round.ownerOrganisation());
        if (!round.published() && !owner) {
            throw new NotFoundException("opportunity " + reference);
        }
        model.addAttribute("round", round);
        Map<String, String> areas = references.areaNames();
        model.addAttribute("wardNames", round.wardCodes().stream().map(code -> areas.getOrDefault(code, code)).toList());
        model.addAttribute("owner", owner);
        model.addAttribute("now", rounds.now());
        model.addAttribute("status", round.status(rounds.now()));
        model.addAttribute("clarifications", clarifications.published(round.id()));
        var mine = user == null ? List.<org.thirdsectorhub.organisations.OrganisationSummary>of()
                : bodies.of(user).stream().filter(org -> !org.id().equals(round.ownerOrganisation())).toList();
        model.addAttribute("myOrganisations", mine);
        model.addAttribute("member", !mine.isEmpty());
        model.addAttribute("missing", "DRAFT".equals(round.storedStatus()) ? round.missingForPublication(rounds.now())
                : List.of());
        return "opportunities/opportunity";
    }
}
