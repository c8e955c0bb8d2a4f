package org.thirdsectorhub.opportunities.assessment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
import org.thirdsectorhub.opportunities.assessment.AssessmentRefused;
import org.thirdsectorhub.opportunities.assessment.Decision;
import org.thirdsectorhub.opportunities.assessment.Decisions;
import org.thirdsectorhub.opportunities.assessment.Leads;
import org.thirdsectorhub.opportunities.assessment.Moderation;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.shared.web.FormErrors;

/** The lead records a decision on each application, then publishes them all. */
@Controller
class DecisionsController {

    private final AssessedRounds rounds;
    private final Decisions decisions;
    private final Moderation moderation;
    private final MessageSource messages;
    private final Clock clock;

    DecisionsController(AssessedRounds rounds, Decisions decisions, Moderation moderation, MessageSource messages, Clock clock) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.moderation = moderation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/opportunities/{reference}/assessment/decisions")
    String list(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        return listPage(round, FormErrors.NONE, model);
    }

    @PostMapping("/opportunities/{reference}/assessment/decisions/publish")
    String publish(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        try {
            decisions.publish(round);
        } catch (AssessmentRefused refused) {
            Checks checks = new Checks(messages, locale);
            checks.problem("publish", refused.messageKey(), refused.arguments());
            return listPage(round, checks.errors(), model);
        }
        redirect.addFlashAttribute("banner", messages.getMessage("assessment.publish.done", null, locale));
        return "redirect:/opportunities/" + reference + "/decisions";
    }

    @GetMapping("/opportunities/{reference}/assessment/decisions/{application}")
    String form(@PathVariable String reference, @PathVariable UUID application, @AuthenticationPrincipal HubUser user,
            Model model) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        Submission submission = rounds.submission(round.id(), application);
        Decision decision = decisions.decisions(round.id()).get(application);
        DecisionForm form = decision == null ? new DecisionForm(null, "", "", "")
                : new DecisionForm(decision.outcome(), decision.amountAwarded() == null ? ""
                        : decision.amountAwarded().toPlainString(), decision.reasons(), decision.feedback());
        return formPage(round, submission, form, FormErrors.NONE, model);
    }

    @PostMapping("/opportunities/{reference}/assessment/decisions/{application}")
    String record(@PathVariable String reference, @PathVariable UUID application,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "") String feedback,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        Submission submission = rounds.submission(round.id(), application);
        DecisionForm form = new DecisionForm(outcome, amount, reasons, feedback);
        Checks checks = new Checks(messages, locale);
        BigDecimal awarded = null;
        if (!Decision.SUCCESSFUL.equals(outcome) && !Decision.UNSUCCESSFUL.equals(outcome)) {
            checks.problem("outcome", "assessment.decision.outcome.required");
        } else if (Decision.SUCCESSFUL.equals(outcome)) {
            awarded = checks.money("amount", amount, "assessment.decision.amount.required");
            if (awarded != null && (awarded.signum() <= 0 || (submission.amountRequested() != null
                    && awarded.compareTo(submission.amountRequested()) > 0))) {
                checks.problem("amount", "assessment.decision.amount.range");
            }
        }
        checks.text("reasons", reasons, 4000, "assessment.decision.reasons.required");
        if (Decision.UNSUCCESSFUL.equals(outcome)) {
            checks.text("feedback", feedback, 4000, "assessment.decision.feedback.required");
        }
        if (!checks.failed()) {
            try {
                decisions.record(round, submission, outcome, awarded, reasons, feedback);
                redirect.addFlashAttribute("banner", messages.getMessage("assessment.decision.saved",
                        new Object[] {submission.organisationName()}, locale));
                return "redirect:/opportunities/" + reference + "/assessment/decisions";
            } catch (AssessmentRefused refused) {
                checks.problem("outcome", refused.messageKey(), refused.arguments());
            }
        }
        return formPage(round, submission, form, checks.errors(), model);
    }

    private String listPage(Round round, FormErrors errors, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("ranking", moderation.ranking(round));
        model.addAttribute("decisions", decisions.decisions(round.id()));
        model.addAttribute("closed", round.closedBy(Instant.now(clock)));
        model.addAttribute("errors", errors);
        return "assessment/decisions";
    }

    private String formPage(Round round, Submission submission, DecisionForm form, FormErrors errors, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("submission", submission);
        model.addAttribute("sheet", moderation.sheet(round, submission));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assessment/decision";
    }

    record DecisionForm(String outcome, String amount, String reasons, String feedback) {}
}
