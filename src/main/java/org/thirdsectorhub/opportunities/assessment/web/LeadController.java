package org.thirdsectorhub.opportunities.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
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
import org.thirdsectorhub.opportunities.assessment.AssessmentRefused;
import org.thirdsectorhub.opportunities.assessment.Assessor;
import org.thirdsectorhub.opportunities.assessment.Leads;
import org.thirdsectorhub.opportunities.assessment.Panel;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Scoring;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.opportunities.assessment.WorkList;
import org.thirdsectorhub.shared.web.FormErrors;

/** The lead's overview of a round's assessment: the panel, declarations of interest and everyone's progress. */
@Controller
class LeadController {

    private final AssessedRounds rounds;
    private final Panel panel;
    private final Scoring scoring;
    private final WorkList work;
    private final MessageSource messages;

    LeadController(AssessedRounds rounds, Panel panel, Scoring scoring, WorkList work, MessageSource messages) {
        this.rounds = rounds;
        this.panel = panel;
        this.scoring = scoring;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping("/opportunities/{reference}/assessment")
    String overview(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        return page(round, "", FormErrors.NONE, model);
    }

    @PostMapping("/opportunities/{reference}/assessment/assessors")
    String add(@PathVariable String reference, @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        Checks checks = new Checks(messages, locale);
        if (checks.text("email", email, 320, "assessment.panel.email.required")) {
            try {
                Assessor added = panel.add(round, email);
                redirect.addFlashAttribute("banner", messages.getMessage("assessment.panel.added",
                        new Object[] {added.displayName()}, locale));
                return "redirect:/opportunities/" + reference + "/assessment";
            } catch (AssessmentRefused refused) {
                checks.problem("email", refused.messageKey(), refused.arguments());
            }
        }
        return page(round, email, checks.errors(), model);
    }

    @PostMapping("/opportunities/{reference}/assessment/assessors/{account}/remove")
    String remove(@PathVariable String reference, @PathVariable UUID account, @AuthenticationPrincipal HubUser user,
            Locale locale, RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        panel.remove(round, account);
        redirect.addFlashAttribute("banner", messages.getMessage("assessment.panel.removed", null, locale));
        return "redirect:/opportunities/" + reference + "/assessment";
    }

    @PostMapping("/opportunities/{reference}/assessment/applications/{application}/assessors/{account}/reopen")
    String reopen(@PathVariable String reference, @PathVariable UUID application, @PathVariable UUID account,
            @AuthenticationPrincipal HubUser user, Locale locale, RedirectAttributes redirect) {
        Round round = rounds.find(reference);
        Leads.require(user, round);
        Submission submission = rounds.submission(round.id(), application);
        try {
            scoring.reopen(round, submission, account);
            redirect.addFlashAttribute("banner", messages.getMessage("assessment.reopened", null, locale));
        } catch (AssessmentRefused refused) {
            redirect.addFlashAttribute("banner", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return "redirect:/opportunities/" + reference + "/assessment";
    }

    private String page(Round round, String email, FormErrors errors, Model model) {
        List<Assessor> assessors = panel.assessors(round.id());
        List<Submission> submissions = rounds.submissions(round.id());
        Map<UUID, Map<UUID, WorkList.Progress>> progress = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            Map<UUID, WorkList.Progress> row = new LinkedHashMap<>();
            assessors.forEach(a -> row.put(a.account(), work.progress(submission.id(), a.account())));
            progress.put(submission.id(), row);
        }
        Map<UUID, String> names = panel.everyone(round.id());
        Map<UUID, String> applicationNames = new LinkedHashMap<>();
        submissions.forEach(s -> applicationNames.put(s.id(), s.organisationName()));
        model.addAttribute("round", round);
        model.addAttribute("assessors", assessors);
        model.addAttribute("submissions", submissions);
        model.addAttribute("progress", progress);
        model.addAttribute("declarations", scoring.declarations(round.id()));
        model.addAttribute("names", names);
        model.addAttribute("applicationNames", applicationNames);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "assessment/overview";
    }
}
