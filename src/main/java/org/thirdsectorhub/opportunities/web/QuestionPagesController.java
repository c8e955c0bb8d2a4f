package org.thirdsectorhub.opportunities.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** The application's question pages; each one saves, so an applicant can stop and come back. */
@Controller
class QuestionPagesController {

    private final ApplicantAccess access;
    private final ApplicationDrafts drafts;
    private final MessageSource messages;

    private final WardChoices wards;

    QuestionPagesController(ApplicantAccess access, ApplicationDrafts drafts, MessageSource messages,
            WardChoices wards) {
        this.wards = wards;
        this.access = access;
        this.drafts = drafts;
        this.messages = messages;
    }

    record ProjectForm(String title, String summary) {}

    record OutcomesForm(String outcomes, String beneficiaries, String wards) {}

    record AmountForm(String amount, FormChecks.DateParts startsOn, FormChecks.DateParts endsOn) {}

    @GetMapping("/applications/{id}/project")
    String project(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.draft(id, user);
        return page(model, application, "project",
                new ProjectForm(application.title(), application.answers().summary()), FormErrors.NONE);
    }

    @PostMapping("/applications/{id}/project")
    String saveProject(@PathVariable UUID id, @ModelAttribute("form") ProjectForm form,
            @RequestParam(required = false) String next, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        ApplicationView application = access.draft(id, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String title = checks.required("title", form.title(), 200);
        String summary = checks.required("summary", form.summary(), 3000);
        if (checks.failed()) {
            return page(model, application, "project", form, checks.errors());
        }
        drafts.saveProject(id, title, summary);
        return next(id, next, "outcomes");
    }

    @GetMapping("/applications/{id}/outcomes")
    String outcomes(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.draft(id, user);
        var answers = application.answers();
        return page(model, application, "outcomes", new OutcomesForm(answers.outcomes(), answers.beneficiaries(),
                String.join(", ", answers.wardCodes())), FormErrors.NONE);
    }

    @PostMapping("/applications/{id}/outcomes")
    String saveOutcomes(@PathVariable UUID id, @ModelAttribute("form") OutcomesForm form,
            @RequestParam(required = false) String next, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        ApplicationView application = access.draft(id, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String outcomes = checks.required("outcomes", form.outcomes(), 5000);
        String beneficiaries = checks.required("beneficiaries", form.beneficiaries(), 3000);
        List<String> wards = form.wards() == null || form.wards().isBlank() ? List.of()
                : List.of(form.wards().toUpperCase(Locale.UK).split("[,\\s]+")).stream().filter(w -> !w.isBlank()).toList();
        if (wards.stream().anyMatch(ward -> !ward.matches("E05[0-9]{6}"))) {
            checks.problem("wards", "opportunities.form.wards.invalid");
        }
        if (checks.failed()) {
            return page(model, application, "outcomes", form, checks.errors());
        }
        drafts.saveOutcomes(id, outcomes, beneficiaries, wards);
        return next(id, next, "amount");
    }

    @GetMapping("/applications/{id}/amount")
    String amount(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.draft(id, user);
        return page(model, application, "amount", new AmountForm(
                application.amountRequested() == null ? "" : application.amountRequested().toPlainString(),
                FormChecks.DateParts.of(application.answers().startsOn()), FormChecks.DateParts.of(application.answers().endsOn())),
                FormErrors.NONE);
    }

    @PostMapping("/applications/{id}/amount")
    String saveAmount(@PathVariable UUID id, @ModelAttribute("form") AmountForm form,
            @RequestParam(required = false) String next, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        ApplicationView application = access.draft(id, user);
        var round = access.round(application);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        BigDecimal amount = checks.money("amount", form.amount(), true);
        if (amount != null && round.minimumAward() != null && amount.compareTo(round.minimumAward()) < 0) {
            checks.problem("amount", "opportunities.form.amount.belowMinimum", round.minimumAward().toPlainString());
        }
        if (amount != null && round.maximumAward() != null && amount.compareTo(round.maximumAward()) > 0) {
            checks.problem("amount", "opportunities.form.amount.aboveMaximum", round.maximumAward().toPlainString());
        }
        LocalDate starts = checks.date("startsOn", form.startsOn(), true);
        LocalDate ends = checks.date("endsOn", form.endsOn(), true);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            checks.problem("endsOn", "opportunities.form.endsBeforeStarts");
        }
        if (checks.failed()) {
            return page(model, application, "amount", form, checks.errors());
        }
        drafts.saveAmount(id, amount, starts, ends);
        return next(id, next, "full-cost-recovery");
    }

    static String next(UUID id, String next, String page) {
        return "redirect:/applications/" + id + "/" + ("check".equals(next) ? "check" : page);
    }

    private String page(Model model, ApplicationView application, String view, Object form, FormErrors errors) {
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if ("outcomes".equals(view)) {
            model.addAttribute("wardChoices", wards.all());
        }
        return "opportunities/" + view;
    }
}
