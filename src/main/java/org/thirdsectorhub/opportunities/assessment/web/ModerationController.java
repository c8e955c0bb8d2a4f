package org.thirdsectorhub.opportunities.assessment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
import org.thirdsectorhub.opportunities.assessment.AssessmentRefused;
import org.thirdsectorhub.opportunities.assessment.Leads;
import org.thirdsectorhub.opportunities.assessment.Moderation;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.shared.web.FormErrors;

/** The lead's moderation: the ranked list, and per application every assessor's scores and the agreed ones. */
@Controller
class ModerationController {

    private final AssessedRounds rounds;
    private final Moderation moderation;
    private final Applications applications;
    private final MessageSource messages;

    ModerationController(AssessedRounds rounds, Moderation moderation, Applications applications, MessageSource messages) {
        this.rounds = rounds;
        this.moderation = moderation;
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/opportunities/{reference}/assessment/moderation")
    String ranking(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        model.addAttribute("round", round);
        model.addAttribute("ranking", moderation.ranking(round));
        return "assessment/ranking";
    }

    @GetMapping("/opportunities/{reference}/assessment/moderation/{application}")
    String sheet(@PathVariable String reference, @PathVariable UUID application, @AuthenticationPrincipal HubUser user,
            Model model) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        Moderation.Sheet sheet = moderation.sheet(round, rounds.submission(round.id(), application));
        Map<String, String> values = new LinkedHashMap<>();
        for (Moderation.Line line : sheet.lines()) {
            Integer score = line.moderated() != null ? line.moderated() : line.suggested();
            values.put("score-" + line.criterion().id(), score == null ? "" : String.valueOf(score));
            values.put("note-" + line.criterion().id(), line.note());
        }
        return page(round, sheet, values, FormErrors.NONE, model);
    }

    @PostMapping("/opportunities/{reference}/assessment/moderation/{application}")
    String moderate(@PathVariable String reference, @PathVariable UUID application, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        Submission submission = rounds.submission(round.id(), application);
        Moderation.Sheet sheet = moderation.sheet(round, submission);
        Checks checks = new Checks(messages, locale);
        Map<UUID, Moderation.Moderated> scores = new LinkedHashMap<>();
        for (Moderation.Line line : sheet.lines()) {
            UUID criterion = line.criterion().id();
            String value = form.get("score-" + criterion);
            Integer score = null;
            if (value != null && ScoringController.SCORES.contains(value)) {
                score = Integer.parseInt(value);
            } else {
                checks.problem("score-" + criterion, "assessment.score.required", line.criterion().title());
            }
            String note = form.getOrDefault("note-" + criterion, "");
            if (note.isBlank()) {
                checks.problem("note-" + criterion, "assessment.moderation.note.required", line.criterion().title());
            } else if (note.length() > 2000) {
                checks.problem("note-" + criterion, "assessment.form.tooLong", 2000);
            }
            if (score != null && !note.isBlank()) {
                scores.put(criterion, new Moderation.Moderated(score, note.strip()));
            }
        }
        if (!checks.failed()) {
            try {
                moderation.moderate(round, submission, scores);
                redirect.addFlashAttribute("banner", messages.getMessage("assessment.moderation.saved",
                        new Object[] {submission.organisationName()}, locale));
                return "redirect:/opportunities/" + reference + "/assessment/moderation";
            } catch (AssessmentRefused refused) {
                checks.problem("form", refused.messageKey(), refused.arguments());
            }
        }
        return page(round, sheet, form, checks.errors(), model);
    }

    private String page(Round round, Moderation.Sheet sheet, Map<String, String> values, FormErrors errors,
            Model model) {
        model.addAttribute("round", round);
        model.addAttribute("attachments", applications.attachments(sheet.application().id()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("values", values);
        model.addAttribute("scores", ScoringController.SCORES);
        model.addAttribute("errors", errors);
        return "assessment/moderate";
    }
}
