package org.thirdsectorhub.opportunities.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.round.Clarifications;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** What a commissioner does with an opportunity: see theirs, publish, cancel, answer questions. */
@Controller
class RoundActionsController {

    private final Rounds rounds;
    private final Clarifications clarifications;
    private final Applications applications;
    private final MessageSource messages;

    RoundActionsController(Rounds rounds, Clarifications clarifications, Applications applications,
            MessageSource messages) {
        this.rounds = rounds;
        this.clarifications = clarifications;
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/opportunities/manage")
    String manage(@AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("opportunities", rounds.ownedBy(user.organisations().keySet()));
        model.addAttribute("now", rounds.now());
        return "opportunities/manage";
    }

    @PostMapping("/opportunities/{reference}/publish")
    String publish(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale, RedirectAttributes redirect) {
        Round round = owned(reference, user);
        List<String> missing = rounds.publish(round.id());
        if (!missing.isEmpty()) {
            redirect.addFlashAttribute("publishProblems", missing);
            return "redirect:/opportunities/" + reference;
        }
        redirect.addFlashAttribute("banner", "opportunities.published");
        return "redirect:/opportunities/" + reference;
    }

    @GetMapping("/opportunities/{reference}/cancel")
    String cancelPage(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("round", owned(reference, user));
        model.addAttribute("reason", "");
        model.addAttribute("errors", FormErrors.NONE);
        return "opportunities/cancel";
    }

    @PostMapping("/opportunities/{reference}/cancel")
    String cancel(@PathVariable String reference, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Round round = owned(reference, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String why = checks.required("reason", reason, 2000);
        if (checks.failed()) {
            model.addAttribute("round", round);
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("errors", checks.errors());
            return "opportunities/cancel";
        }
        rounds.cancel(round.id(), why);
        redirect.addFlashAttribute("banner", "opportunities.cancelled");
        return "redirect:/opportunities/" + reference;
    }

    @GetMapping("/opportunities/{reference}/questions")
    String questions(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = owned(reference, user);
        return questionsPage(model, round, null, "", FormErrors.NONE);
    }

    @PostMapping("/opportunities/{reference}/questions/{id}/answer")
    String answer(@PathVariable String reference, @PathVariable UUID id, @RequestParam(required = false) String answer,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Round round = owned(reference, user);
        clarifications.find(id);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        if (text == null) {
            checks.problem("answer-" + id, "opportunities.form.answer.required");
        } else if (text.length() > 5000) {
            checks.problem("answer-" + id, "opportunities.form.tooLong", 5000);
        }
        if (checks.failed()) {
            return questionsPage(model, round, id, answer == null ? "" : answer, checks.errors());
        }
        clarifications.answerAndPublish(round, id, text);
        redirect.addFlashAttribute("banner", "opportunities.answerPublished");
        return "redirect:/opportunities/" + reference + "/questions";
    }

    private String questionsPage(Model model, Round round, UUID answering, String answer, FormErrors errors) {
        model.addAttribute("round", round);
        model.addAttribute("questions", clarifications.all(round.id()));
        model.addAttribute("answering", answering);
        model.addAttribute("answer", answer);
        model.addAttribute("errors", errors);
        model.addAttribute("applicationCount", applications.submittedFor(round.id()).size());
        return "opportunities/questions";
    }

    private Round owned(String reference, HubUser user) {
        Round round = rounds.require(reference);
        CommissionerBodies.requireOwner(user, round.ownerOrganisation());
        return round;
    }
}
