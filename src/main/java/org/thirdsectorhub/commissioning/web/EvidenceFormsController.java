package org.thirdsectorhub.commissioning.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.thirdsectorhub.identity.HubUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.exercise.EvidenceChanges;
import org.thirdsectorhub.commissioning.exercise.Exercise;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.FormChecks;

/** Question pages for an exercise's needs evidence, outcomes and route. */
@Controller
class EvidenceFormsController {

    private static final Set<String> ROUTES = Set.of("GRANT_ROUND", "OPEN_TENDER", "SERVICE_AGREEMENT", "DIRECT_AWARD");

    private final Exercises exercises;
    private final MessageSource messages;

    EvidenceFormsController(Exercises exercises, MessageSource messages) {
        this.exercises = exercises;
        this.messages = messages;
    }

    @GetMapping("/commissioning/exercises/{id}/needs/new")
    String needForm(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        return page("commissioning/need", exercise(id, user), new NeedForm("", "", ""), FormErrors.NONE, model);
    }

    @PostMapping("/commissioning/exercises/{id}/needs/new")
    String addNeed(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @ModelAttribute("form") NeedForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        checks.required("needTitle", form.needTitle(), 200);
        checks.optional("communities", form.communities(), 500);
        checks.optional("kind", form.kind(), 50);
        if (checks.failed()) {
            return page("commissioning/need", exercise(id, user), form, checks.errors(), model);
        }
        exercises.record(id, e -> EvidenceChanges.addNeed(e, new ExerciseEvidence.NeedsEvidence(form.needTitle().strip(),
                blankToNull(form.kind()), blankToNull(form.communities()), "/commissioning/exercises/" + id + "#evidence")),
                "Recorded needs evidence \"" + form.needTitle().strip() + "\"");
        return done(id, redirect);
    }

    @PostMapping("/commissioning/exercises/{id}/forecast")
    String attachForecast(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @org.springframework.web.bind.annotation.RequestParam(required = false)
            String analysis, Model model, Locale locale, RedirectAttributes redirect) {
        Exercise exercise = exercise(id, user);
        UUID analysisId = analysisId(analysis);
        if (analysisId == null || !exercises.attachForecast(id, analysisId)) {
            FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
            checks.problem("analysis", "commissioning.forecast.unknown");
            return page("commissioning/outcome", exercise, new OutcomeForm("", "", ""), checks.errors(), model);
        }
        return done(id, redirect);
    }

    /** An analysis's id, from the id itself or the address of its page. */
    private static UUID analysisId(String text) {
        if (text == null) {
            return null;
        }
        var match = java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                .matcher(text);
        return match.find() ? UUID.fromString(match.group()) : null;
    }

    @GetMapping("/commissioning/exercises/{id}/outcomes/new")
    String outcomeForm(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        return page("commissioning/outcome", exercise(id, user), new OutcomeForm("", "", ""), FormErrors.NONE, model);
    }

    @PostMapping("/commissioning/exercises/{id}/outcomes/new")
    String addOutcome(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @ModelAttribute("form") OutcomeForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        checks.required("outcome", form.outcome(), 300);
        checks.required("indicator", form.indicator(), 300);
        checks.required("target", form.target(), 300);
        if (checks.failed()) {
            return page("commissioning/outcome", exercise(id, user), form, checks.errors(), model);
        }
        exercises.record(id, e -> EvidenceChanges.addOutcome(e, new ExerciseEvidence.OutcomeTarget(form.outcome().strip(),
                form.indicator().strip(), form.target().strip())), "Set the outcome \"" + form.outcome().strip() + "\"");
        return done(id, redirect);
    }

    @GetMapping("/commissioning/exercises/{id}/route")
    String routeForm(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        Exercise exercise = exercise(id, user);
        var route = exercise.evidence().route();
        var process = exercise.evidence().applicationProcess();
        RouteForm form = route == null ? new RouteForm(null, "", null, null, null, "", "", "", "", "")
                : new RouteForm(route.kind(), route.reason(), route.consortiaWelcome() ? "yes" : null,
                        route.subcontractingWelcome() ? "yes" : null, route.openlyAdvertised() ? "yes" : null,
                        route.contractLengthMonths() == null ? "" : route.contractLengthMonths().toString(),
                        route.lengthReason() == null ? "" : route.lengthReason(),
                        route.riskSharing() == null ? "" : route.riskSharing(),
                        route.estimatedValue() == null ? "" : route.estimatedValue().toPlainString(),
                        process == null ? "" : String.valueOf(process.estimatedHours()));
        return page("commissioning/route", exercise, form, FormErrors.NONE, model);
    }

    @PostMapping("/commissioning/exercises/{id}/route")
    String recordRoute(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @ModelAttribute("form") RouteForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        if (form.kind() == null || !ROUTES.contains(form.kind())) {
            checks.problem("kind", "commissioning.route.kind.required");
        }
        checks.required("reason", form.reason(), 1000);
        Integer months = checks.whole("months", form.months(), 1, 240, true);
        checks.optional("lengthReason", form.lengthReason(), 1000);
        checks.optional("riskSharing", form.riskSharing(), 1000);
        BigDecimal value = checks.money("value", form.value(), true);
        Integer hours = checks.whole("hours", form.hours(), 0, 2000, false);
        if (checks.failed()) {
            return page("commissioning/route", exercise(id, user), form, checks.errors(), model);
        }
        var route = new ExerciseEvidence.Route(form.kind(), form.reason().strip(), java.time.LocalDate.now(),
                "yes".equals(form.consortia()), "yes".equals(form.subcontracting()), "yes".equals(form.advertised()),
                months, blankToNull(form.lengthReason()), blankToNull(form.riskSharing()), value);
        exercises.record(id, e -> EvidenceChanges.route(e, route,
                hours == null ? e.applicationProcess() : new ExerciseEvidence.ApplicationProcess(hours, 1)),
                "Chose the route: " + form.kind().toLowerCase(Locale.ROOT).replace('_', ' '));
        return done(id, redirect);
    }

    private Exercise exercise(UUID id, HubUser user) {
        Exercise exercise = exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        ActingFor.require(user, exercise.ownerOrganisation());
        return exercise;
    }

    private static String page(String view, Exercise exercise, Object form, FormErrors errors, Model model) {
        model.addAttribute("exercise", exercise);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    private static String done(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("banner", "recorded");
        return "redirect:/commissioning/exercises/" + id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record NeedForm(String needTitle, String kind, String communities) {}

    record OutcomeForm(String outcome, String indicator, String target) {}

    record RouteForm(String kind, String reason, String consortia, String subcontracting, String advertised,
            String months, String lengthReason, String riskSharing, String value, String hours) {}
}
