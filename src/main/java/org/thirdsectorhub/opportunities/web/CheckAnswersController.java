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
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.application.Submissions;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** Check your answers, the declaration, and submission. */
@Controller
class CheckAnswersController {

    private final ApplicantAccess access;
    private final Submissions submissions;
    private final MessageSource messages;

    CheckAnswersController(ApplicantAccess access, Submissions submissions, MessageSource messages) {
        this.access = access;
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping("/applications/{id}/check")
    String check(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model, Locale locale) {
        ApplicationView application = access.draft(id, user);
        return page(model, application, FormErrors.NONE, locale);
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) String declaration,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale) {
        ApplicationView application = access.draft(id, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        FormErrors errors = gapErrors(application, locale, checks);
        if (!"yes".equals(declaration)) {
            checks.problem("declaration", "opportunities.form.declaration.required");
            errors = checks.errors();
        }
        if (!errors.isEmpty()) {
            return page(model, application, errors, locale);
        }
        submissions.submit(id, user.userId());
        return "redirect:/applications/" + id + "/submitted";
    }

    private FormErrors gapErrors(ApplicationView application, Locale locale, FormChecks checks) {
        Round round = access.round(application);
        List<Submissions.Gap> gaps = submissions.gaps(application, round);
        for (Submissions.Gap gap : gaps) {
            checks.problem("change-" + gap.page(), gap.messageKey());
        }
        return checks.errors();
    }

    private String page(Model model, ApplicationView application, FormErrors errors, Locale locale) {
        model.addAttribute("gaps", gapErrors(application, locale, new FormChecks(messages, locale, "opportunities.form")).problems());
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        model.addAttribute("errors", errors);
        return "opportunities/check";
    }
}
