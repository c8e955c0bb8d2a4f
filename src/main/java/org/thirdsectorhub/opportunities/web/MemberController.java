package org.thirdsectorhub.opportunities.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.round.Clarifications;
import org.thirdsectorhub.opportunities.round.Following;
import org.thirdsectorhub.opportunities.round.RefusedChange;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** An organisation's members follow opportunities and ask clarification questions. */
@Controller
class MemberController {

    private final Rounds rounds;
    private final Following following;
    private final Clarifications clarifications;
    private final CommissionerBodies organisations;
    private final MessageSource messages;

    MemberController(Rounds rounds, Following following, Clarifications clarifications,
            CommissionerBodies organisations, MessageSource messages) {
        this.rounds = rounds;
        this.following = following;
        this.clarifications = clarifications;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/opportunities/following")
    String followingPage(@AuthenticationPrincipal HubUser user, Model model) {
        return followingPage(user, model, "", "", FormErrors.NONE);
    }

    @PostMapping("/opportunities/following")
    String followNew(@RequestParam(required = false) String organisation, @RequestParam(required = false) String kind,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        UUID chosen = RoundFormsController.uuid(organisation);
        if (chosen == null || !user.canActFor(chosen)) {
            checks.problem("organisation", "opportunities.form.organisation.required");
        }
        if (kind == null || !List.of("ALL", "GRANT_ROUND", "TENDER").contains(kind)) {
            checks.problem("kind", "opportunities.form.followKind.required");
        }
        if (checks.failed()) {
            return followingPage(user, model, organisation, kind, checks.errors());
        }
        OrganisationSummary org = organisations.require(user, chosen);
        following.followNew(org.id(), org.name(), "ALL".equals(kind) ? null : kind, user.userId());
        redirect.addFlashAttribute("banner", "opportunities.following.saved");
        return "redirect:/opportunities/following";
    }

    @PostMapping("/opportunities/following/{id}/remove")
    String unfollow(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, RedirectAttributes redirect) {
        Following.Follow follow = following.find(id);
        if (!user.canActFor(follow.organisation())) {
            throw new AccessDeniedException("not a member of " + follow.organisation());
        }
        following.unfollow(id);
        redirect.addFlashAttribute("banner", "opportunities.following.removed");
        return "redirect:/opportunities/following";
    }

    @PostMapping("/opportunities/{reference}/follow")
    String followOne(@PathVariable String reference, @RequestParam(required = false) String organisation,
            @AuthenticationPrincipal HubUser user, RedirectAttributes redirect) {
        Round round = rounds.findByReference(reference).filter(Round::published)
                .orElseThrow(() -> new org.thirdsectorhub.shared.web.NotFoundException("opportunity " + reference));
        UUID chosen = RoundFormsController.uuid(organisation);
        if (chosen == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "which organisation follows it");
        }
        OrganisationSummary org = organisations.require(user, chosen);
        following.followOne(org.id(), org.name(), round, user.userId());
        redirect.addFlashAttribute("banner", "opportunities.following.one");
        return "redirect:/opportunities/" + reference;
    }

    @GetMapping("/opportunities/{reference}/questions/new")
    String ask(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = askable(reference);
        return askPage(model, user, round, "", "", FormErrors.NONE);
    }

    @PostMapping("/opportunities/{reference}/questions/new")
    String asked(@PathVariable String reference, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String question, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale, RedirectAttributes redirect) {
        Round round = askable(reference);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        UUID chosen = RoundFormsController.uuid(organisation);
        if (chosen == null || !user.canActFor(chosen)) {
            checks.problem("organisation", "opportunities.form.organisation.required");
        }
        String text = checks.required("question", question, 2000);
        if (checks.failed()) {
            return askPage(model, user, round, organisation, question, checks.errors());
        }
        clarifications.ask(round, organisations.require(user, chosen).id(), text);
        redirect.addFlashAttribute("banner", "opportunities.question.sent");
        return "redirect:/opportunities/" + reference;
    }

    private Round askable(String reference) {
        Round round = rounds.findByReference(reference).filter(Round::published)
                .orElseThrow(() -> new org.thirdsectorhub.shared.web.NotFoundException("opportunity " + reference));
        if (!round.acceptsQuestions(rounds.now())) {
            throw new RefusedChange("opportunities.refused.questionsClosed");
        }
        return round;
    }

    private String askPage(Model model, HubUser user, Round round, String organisation, String question,
            FormErrors errors) {
        model.addAttribute("round", round);
        model.addAttribute("organisations", organisations.of(user));
        model.addAttribute("organisation", organisation == null ? "" : organisation);
        model.addAttribute("question", question == null ? "" : question);
        model.addAttribute("errors", errors);
        return "opportunities/ask";
    }

    private String followingPage(HubUser user, Model model, String organisation, String kind, FormErrors errors) {
        List<OrganisationSummary> mine = organisations.of(user);
        model.addAttribute("organisations", mine);
        model.addAttribute("follows", following.of(user.organisations().keySet()));
        model.addAttribute("organisation", organisation == null || organisation.isBlank()
                ? (mine.size() == 1 ? mine.get(0).id().toString() : "") : organisation);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("errors", errors);
        return "opportunities/following";
    }
}
