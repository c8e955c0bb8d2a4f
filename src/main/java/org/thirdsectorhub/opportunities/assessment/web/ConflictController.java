package org.thirdsectorhub.opportunities.assessment.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.assessment.AssessmentRefused;
import org.thirdsectorhub.opportunities.assessment.Panel;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Scoring;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.shared.web.FormErrors;

/** Before seeing an application, an assessor declares whether they have a conflict of interest. */
@Controller
class ConflictController {

    private final AssessedRounds rounds;
    private final Panel panel;
    private final Scoring scoring;
    private final MessageSource messages;

    ConflictController(AssessedRounds rounds, Panel panel, Scoring scoring, MessageSource messages) {
        this.rounds = rounds;
        this.panel = panel;
        this.scoring = scoring;
        this.messages = messages;
    }

    @GetMapping("/opportunities/{reference}/assessment/applications/{application}/conflict")
    String form(@PathVariable String reference, @PathVariable UUID application, @AuthenticationPrincipal HubUser user,
            Model model) {
        Round round = rounds.find(reference);
        Submission submission = assessed(round, application, user);
        if (scoring.declaration(application, user.userId()).isPresent()) {
            return "redirect:" + scorePath(reference, application);
        }
        return page(round, submission, null, "", FormErrors.NONE, model);
    }

    @PostMapping("/opportunities/{reference}/assessment/applications/{application}/conflict")
    String declare(@PathVariable String reference, @PathVariable UUID application,
            @RequestParam(required = false) String conflict, @RequestParam(defaultValue = "") String details,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale) {
        Round round = rounds.find(reference);
        Submission submission = assessed(round, application, user);
        Checks checks = new Checks(messages, locale);
        if (!"yes".equals(conflict) && !"no".equals(conflict)) {
            checks.problem("conflict", "assessment.conflict.required");
        } else if ("yes".equals(conflict)) {
            checks.text("details", details, 2000, "assessment.conflict.details.required");
        }
        if (!checks.failed()) {
            try {
                scoring.declare(round, submission, user.userId(), "yes".equals(conflict), details);
                return "redirect:" + scorePath(reference, application);
            } catch (AssessmentRefused refused) {
                checks.problem("conflict", refused.messageKey(), refused.arguments());
            }
        }
        return page(round, submission, conflict, details, checks.errors(), model);
    }

    private Submission assessed(Round round, UUID application, HubUser user) {
        Submission submission = rounds.submission(round.id(), application);
        if (!panel.member(round.id(), user.userId())) {
            throw new AccessDeniedException("not an assessor of " + round.reference());
        }
        return submission;
    }

    static String scorePath(String reference, UUID application) {
        return "/opportunities/" + reference + "/assessment/applications/" + application + "/score";
    }

    private static String page(Round round, Submission submission, String conflict, String details, FormErrors errors,
            Model model) {
        model.addAttribute("round", round);
        model.addAttribute("submission", submission);
        model.addAttribute("conflict", conflict);
        model.addAttribute("details", details);
        model.addAttribute("errors", errors);
        return "assessment/conflict";
    }
}
