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
import org.thirdsectorhub.commissioning.exercise.Exercise;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.round.NewRound;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.RoundDetails;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** A commissioner starts a grant round or tender (from scratch or from an exercise) and fills in its details. */
@Controller
class RoundFormsController {

    private final Rounds rounds;
    private final Exercises exercises;
    private final CommissionerBodies bodies;
    private final MessageSource messages;

    private final WardChoices wards;

    RoundFormsController(Rounds rounds, Exercises exercises, CommissionerBodies bodies, MessageSource messages,
            WardChoices wards) {
        this.wards = wards;
        this.rounds = rounds;
        this.exercises = exercises;
        this.bodies = bodies;
        this.messages = messages;
    }

    record StartForm(String kind, String owner, String title, String exercise) {}

    @GetMapping("/opportunities/new")
    String start(@RequestParam(required = false) UUID exercise, @AuthenticationPrincipal HubUser user, Model model) {
        StartForm form = new StartForm("", "", "", "");
        Exercise from = exercise == null ? null : exercises.find(exercise).orElse(null);
        if (from != null) {
            var route = from.evidence().route();
            form = new StartForm(route != null && !"GRANT_ROUND".equals(route.kind()) ? "TENDER" : "GRANT_ROUND",
                    from.ownerOrganisation().toString(), from.title(), from.id().toString());
        }
        return startPage(model, user, form, FormErrors.NONE, from);
    }

    @PostMapping("/opportunities/new")
    String create(@ModelAttribute("form") StartForm form, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        if (!"GRANT_ROUND".equals(form.kind()) && !"TENDER".equals(form.kind())) {
            checks.problem("kind", "opportunities.form.kind.required");
        }
        UUID owner = uuid(form.owner());
        if (owner == null || bodies.of(user).stream().noneMatch(body -> body.id().equals(owner))) {
            checks.problem("owner", "opportunities.form.owner.required");
        }
        String title = checks.required("title", form.title(), 200);
        Exercise from = uuid(form.exercise()) == null ? null : exercises.find(uuid(form.exercise())).orElse(null);
        if (checks.failed()) {
            return startPage(model, user, form, checks.errors(), from);
        }
        OrganisationSummary body = bodies.require(user, owner);
        BigDecimal value = from == null || from.evidence().route() == null ? null : from.evidence().route().estimatedValue();
        Round round = rounds.create(new NewRound(form.kind(), from == null ? null : from.id(), body.id(), body.name(),
                title, value, from == null ? List.of() : from.wardCodes()));
        return "redirect:/opportunities/" + round.reference() + "/edit";
    }

    private String startPage(Model model, HubUser user, StartForm form, FormErrors errors, Exercise from) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", bodies.of(user));
        model.addAttribute("exercise", from);
        return "opportunities/start";
    }

    record DetailsForm(String title, String summary, String description, String eligibility, String totalBudget,
            String minimumAward, String maximumAward, String procurementCategory, String procurementMethod,
            String sme, String vcse, String wards, FormChecks.DateParts opensOn, FormChecks.DateParts clarificationsCloseOn,
            FormChecks.DateParts closesOn, FormChecks.DateParts decisionExpectedOn, FormChecks.DateParts startsOn,
            FormChecks.DateParts endsOn) {

        static DetailsForm of(Round r) {
            return new DetailsForm(r.title(), r.summary(), r.description(), r.eligibility(), plain(r.totalBudget()),
                    plain(r.minimumAward()), plain(r.maximumAward()), r.procurementCategory(), r.procurementMethod(),
                    r.suitableForSme() ? "yes" : "", r.suitableForVcse() ? "yes" : "", String.join(", ", r.wardCodes()),
                    FormChecks.DateParts.of(OpportunityDates.day(r.opensAt())),
                    FormChecks.DateParts.of(OpportunityDates.day(r.clarificationsCloseAt())),
                    FormChecks.DateParts.of(OpportunityDates.day(r.closesAt())), FormChecks.DateParts.of(r.decisionExpectedOn()),
                    FormChecks.DateParts.of(r.startsOn()), FormChecks.DateParts.of(r.endsOn()));
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? "" : amount.toPlainString();
        }
    }

    @GetMapping("/opportunities/{reference}/edit")
    String edit(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        Round round = owned(reference, user);
        return editPage(model, round, DetailsForm.of(round), FormErrors.NONE);
    }

    @PostMapping("/opportunities/{reference}/edit")
    String save(@PathVariable String reference, @ModelAttribute("form") DetailsForm form,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale) {
        Round round = owned(reference, user);
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String title = checks.required("title", form.title(), 200);
        String summary = checks.optional("summary", form.summary(), 600);
        String description = checks.optional("description", form.description(), 20000);
        String eligibility = checks.optional("eligibility", form.eligibility(), 5000);
        BigDecimal budget = checks.money("totalBudget", form.totalBudget(), false);
        BigDecimal minimum = checks.money("minimumAward", form.minimumAward(), false);
        BigDecimal maximum = checks.money("maximumAward", form.maximumAward(), false);
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            checks.problem("maximumAward", "opportunities.form.maximumBelowMinimum");
        } else if (maximum != null && budget != null && maximum.compareTo(budget) > 0) {
            checks.problem("maximumAward", "opportunities.form.maximumAboveBudget");
        }
        String category = form.procurementCategory() != null && List.of("goods", "works", "services").contains(form.procurementCategory())
                ? form.procurementCategory() : "services";
        String method = form.procurementMethod() != null && List.of("open", "selective", "limited", "direct").contains(form.procurementMethod())
                ? form.procurementMethod() : "open";
        List<String> wards = form.wards() == null || form.wards().isBlank() ? List.of()
                : List.of(form.wards().toUpperCase(Locale.UK).split("[,\\s]+")).stream().filter(w -> !w.isBlank()).toList();
        if (wards.stream().anyMatch(ward -> !ward.matches("E05[0-9]{6}"))) {
            checks.problem("wards", "opportunities.form.wards.invalid");
        }
        LocalDate opens = checks.date("opensOn", form.opensOn(), false);
        LocalDate questions = checks.date("clarificationsCloseOn", form.clarificationsCloseOn(), false);
        LocalDate closes = checks.date("closesOn", form.closesOn(), false);
        LocalDate decision = checks.date("decisionExpectedOn", form.decisionExpectedOn(), false);
        LocalDate starts = checks.date("startsOn", form.startsOn(), false);
        LocalDate ends = checks.date("endsOn", form.endsOn(), false);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            checks.problem("closesOn", "opportunities.form.closesBeforeOpens");
        }
        if (questions != null && closes != null && questions.isAfter(closes)) {
            checks.problem("clarificationsCloseOn", "opportunities.form.questionsAfterDeadline");
        }
        if (decision != null && closes != null && decision.isBefore(closes)) {
            checks.problem("decisionExpectedOn", "opportunities.form.decisionBeforeDeadline");
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            checks.problem("endsOn", "opportunities.form.endsBeforeStarts");
        }
        if (checks.failed()) {
            return editPage(model, round, form, checks.errors());
        }
        rounds.update(round.id(), new RoundDetails(title, summary, description, eligibility, budget, minimum, maximum,
                category, method, "yes".equals(form.sme()), "yes".equals(form.vcse()), wards,
                OpportunityDates.startOf(opens), OpportunityDates.noon(questions), OpportunityDates.noon(closes),
                decision, starts, ends));
        return "redirect:/opportunities/" + reference + "/criteria";
    }

    private String editPage(Model model, Round round, DetailsForm form, FormErrors errors) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("wardChoices", wards.all());
        return "opportunities/edit";
    }

    private Round owned(String reference, HubUser user) {
        Round round = rounds.require(reference);
        CommissionerBodies.requireOwner(user, round.ownerOrganisation());
        return round;
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
