package org.thirdsectorhub.opportunities.web;

import java.math.BigDecimal;
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
import org.thirdsectorhub.opportunities.SroiForecast;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.socialvalue.engine.SroiValidationException;
import org.thirdsectorhub.shared.web.FormChecks;

/** The budget with full cost recovery (direct costs and a fair share of overheads), and the SROI forecast. */
@Controller
class BudgetController {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ApplicantAccess access;
    private final ApplicationDrafts drafts;
    private final MessageSource messages;

    BudgetController(ApplicantAccess access, ApplicationDrafts drafts, MessageSource messages) {
        this.access = access;
        this.drafts = drafts;
        this.messages = messages;
    }

    record LineForm(String category, String description, String lineAmount) {}

    @GetMapping("/applications/{id}/full-cost-recovery")
    String fullCostRecovery(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.draft(id, user);
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        return "opportunities/full-cost-recovery";
    }

    @GetMapping("/applications/{id}/budget")
    String budget(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        return budgetPage(model, access.draft(id, user), new LineForm("", "", ""), FormErrors.NONE);
    }

    @PostMapping("/applications/{id}/budget")
    String addLine(@PathVariable UUID id, @ModelAttribute("form") LineForm form, @AuthenticationPrincipal HubUser user,
            Model model, Locale locale) {
        ApplicationView application = access.draft(id, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        if (!"DIRECT".equals(form.category()) && !"OVERHEAD".equals(form.category())) {
            checks.problem("category", "opportunities.form.category.required");
        }
        String description = checks.required("description", form.description(), 300);
        BigDecimal amount = checks.money("lineAmount", form.lineAmount(), true);
        if (application.budget().size() >= 40) {
            checks.problem("description", "opportunities.form.budget.tooMany");
        }
        if (checks.failed()) {
            return budgetPage(model, application, form, checks.errors());
        }
        drafts.addBudgetLine(id, form.category(), description, amount);
        return "redirect:/applications/" + id + "/budget#budget-lines";
    }

    @PostMapping("/applications/{id}/budget/{line}/remove")
    String removeLine(@PathVariable UUID id, @PathVariable UUID line, @AuthenticationPrincipal HubUser user) {
        access.draft(id, user);
        drafts.removeBudgetLine(id, line);
        return "redirect:/applications/" + id + "/budget#budget-lines";
    }

    private String budgetPage(Model model, ApplicationView application, LineForm form, FormErrors errors) {
        Round round = access.round(application);
        model.addAttribute("app", application);
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("balanced", application.amountRequested() == null
                || application.amountRequested().compareTo(application.budgetTotal()) == 0);
        model.addAttribute("nextPage", round.hasSocialValueCriterion() ? "social-value" : "attachments");
        return "opportunities/budget";
    }

    record ForecastForm(String outcome, String people, String proxyValue, String deadweight, String attribution,
            String dropOff, String durationYears, String investment) {

        static ForecastForm of(SroiForecast f, ApplicationView application) {
            if (f == null) {
                return new ForecastForm("", "", "", "", "", "", "", application.amountRequested() == null ? ""
                        : application.amountRequested().toPlainString());
            }
            return new ForecastForm(f.outcome(), f.people().toPlainString(), f.proxyValue().toPlainString(),
                    f.deadweightPercent().toPlainString(), f.attributionPercent().toPlainString(),
                    f.dropOffPercent().toPlainString(), String.valueOf(f.durationYears()), f.investment().toPlainString());
        }
    }

    @GetMapping("/applications/{id}/social-value")
    String forecast(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.draft(id, user);
        return forecastPage(model, application, ForecastForm.of(application.sroiForecast(), application), FormErrors.NONE);
    }

    @PostMapping("/applications/{id}/social-value")
    String saveForecast(@PathVariable UUID id, @ModelAttribute("form") ForecastForm form,
            @RequestParam(required = false) String next, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        ApplicationView application = access.draft(id, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String outcome = checks.required("outcome", form.outcome(), 300);
        BigDecimal people = checks.number("people", form.people(), BigDecimal.ONE, null, true);
        BigDecimal proxy = checks.money("proxyValue", form.proxyValue(), true);
        BigDecimal deadweight = checks.number("deadweight", form.deadweight(), BigDecimal.ZERO, HUNDRED, true);
        BigDecimal attribution = checks.number("attribution", form.attribution(), BigDecimal.ZERO, HUNDRED, true);
        BigDecimal dropOff = checks.number("dropOff", form.dropOff(), BigDecimal.ZERO, HUNDRED, true);
        Integer years = checks.whole("durationYears", form.durationYears(), 1, 10, true);
        BigDecimal investment = checks.money("investment", form.investment(), true);
        SroiForecast forecast = null;
        if (!checks.failed()) {
            try {
                forecast = drafts.calculate(outcome, people, proxy, deadweight, attribution, dropOff, years, investment);
            } catch (SroiValidationException | ArithmeticException e) {
                checks.problem("outcome", "opportunities.form.forecast.invalid");
            }
        }
        if (checks.failed()) {
            return forecastPage(model, application, form, checks.errors());
        }
        drafts.saveForecast(id, forecast);
        return QuestionPagesController.next(id, next, "social-value?calculated");
    }

    private String forecastPage(Model model, ApplicationView application, ForecastForm form, FormErrors errors) {
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "opportunities/social-value";
    }

}
