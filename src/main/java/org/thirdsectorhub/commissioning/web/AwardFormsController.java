package org.thirdsectorhub.commissioning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.thirdsectorhub.commissioning.award.Award;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.conformance.MonitoringTier;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.FormChecks;

/** Question pages to make a grant, contract or service agreement, and to end one early. */
@Controller
class AwardFormsController {

    private static final Set<String> TYPES = Set.of("GRANT", "CONTRACT", "SERVICE_AGREEMENT");

    private final Awards awards;
    private final OrganisationManagement organisations;
    private final MessageSource messages;

    AwardFormsController(Awards awards, OrganisationManagement organisations, MessageSource messages) {
        this.awards = awards;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/commissioning/awards/new")
    String newAward(Model model) {
        return page(new AwardForm(null, "", "", "", "", null, null, null, null, "", "", "", null, "", "3"), FormErrors.NONE, model);
    }

    @PostMapping("/commissioning/awards/new")
    String make(@ModelAttribute("form") AwardForm form, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        if (form.type() == null || !TYPES.contains(form.type())) {
            checks.problem("type", "commissioning.awardForm.type.required");
        }
        checks.required("title", form.title(), 200);
        var funder = organisation(checks, "funder", form.funder());
        var recipient = organisation(checks, "recipient", form.recipient());
        if (funder != null && !user.canActFor(funder.id())) {
            checks.problem("funder", "commissioning.form.notYourBody");
        }
        BigDecimal amount = checks.money("amount", form.amount(), true);
        LocalDate starts = checks.date("startsOn", form.startsOn(), true);
        LocalDate ends = checks.date("endsOn", form.endsOn(), true);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            checks.problem("endsOn", "commissioning.awardForm.endsBeforeStarts");
        }
        checks.required("methodReason", form.methodReason(), 1000);
        if (form.inAdvance() == null) {
            checks.problem("inAdvance", "commissioning.awardForm.inAdvance.required");
        }
        checks.optional("termReason", form.termReason(), 1000);
        checks.optional("risk", form.risk(), 1000);
        List<Award.Outcome> outcomes = outcomes(checks, form.outcomes());
        Integer noticeMonths = checks.whole("noticeMonths", form.noticeMonths(), 0, 24, false);
        if (checks.failed()) {
            return page(form, checks.errors(), model);
        }
        MonitoringTier tier = MonitoringTier.forAmount(amount,
                org.thirdsectorhub.commissioning.conformance.Thresholds.defaults());
        UUID id = awards.make(new NewAward(null, form.type(), form.title().strip(), funder.id(), funder.name(), recipient.id(),
                recipient.name(), organisations.latestIncome(recipient.id()).orElse(null), amount, starts, ends,
                noticeMonths == null ? 3 : noticeMonths,
                blank(form.termReason()), form.methodReason().strip(), "yes".equals(form.overheads()),
                new AwardEvidence.Monitoring(tier.name(), true), "yes".equals(form.inAdvance()), List.of(),
                blank(form.risk()) == null ? null : true, blank(form.risk()), "yes".equals(form.gagging())));
        if (!outcomes.isEmpty()) {
            awards.setOutcomes(id, outcomes);
        }
        return "redirect:/commissioning/awards/" + id;
    }

    /** One outcome a line, with its indicator after a colon: "Fewer families in crisis: families reaching crisis". */
    private static List<Award.Outcome> outcomes(FormChecks checks, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Award.Outcome> outcomes = new java.util.ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.strip().length() - 1 || line.length() > 500) {
                checks.problem("outcomes", "commissioning.awardForm.outcomes.format");
                return List.of();
            }
            outcomes.add(new Award.Outcome(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return outcomes;
    }

    @GetMapping("/commissioning/awards/{id}/end")
    String endForm(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("award", award(id, user));
        model.addAttribute("form", new EndForm(null, null, "", null, null));
        model.addAttribute("errors", FormErrors.NONE);
        return "commissioning/end-award";
    }

    @PostMapping("/commissioning/awards/{id}/end")
    String end(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @ModelAttribute("form") EndForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Award award = award(id, user);
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        LocalDate notice = checks.date("noticeGivenOn", form.noticeGivenOn(), true);
        LocalDate ends = checks.date("endsOn", form.endsOn(), true);
        checks.required("reasons", form.reasons(), 1000);
        if (notice != null && ends != null && ends.isBefore(notice)) {
            checks.problem("endsOn", "commissioning.endForm.endsBeforeNotice");
        }
        if (checks.failed()) {
            model.addAttribute("award", award);
            model.addAttribute("errors", checks.errors());
            return "commissioning/end-award";
        }
        awards.endEarly(id, new AwardEvidence.Ending(notice, ends, "yes".equals(form.inWriting()), form.reasons().strip(),
                "yes".equals(form.reduction())));
        redirect.addFlashAttribute("banner", "recorded");
        return "redirect:/commissioning/awards/" + id;
    }

    @GetMapping("/commissioning/awards/{id}/vary")
    String varyForm(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        Award award = award(id, user);
        model.addAttribute("award", award);
        model.addAttribute("form", new VaryForm(award.amount().toPlainString(), new FormChecks.DateParts(
                String.valueOf(award.endsOn().getDayOfMonth()), String.valueOf(award.endsOn().getMonthValue()),
                String.valueOf(award.endsOn().getYear())), ""));
        model.addAttribute("errors", FormErrors.NONE);
        return "commissioning/vary-award";
    }

    @PostMapping("/commissioning/awards/{id}/vary")
    String vary(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @ModelAttribute("form") VaryForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Award award = award(id, user);
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        BigDecimal amount = checks.money("amount", form.amount(), true);
        LocalDate ends = checks.date("endsOn", form.endsOn(), true);
        if (ends != null && !ends.isAfter(award.startsOn())) {
            checks.problem("endsOn", "commissioning.awardForm.endsBeforeStarts");
        }
        checks.required("why", form.why(), 1000);
        if (checks.failed()) {
            model.addAttribute("award", award);
            model.addAttribute("errors", checks.errors());
            return "commissioning/vary-award";
        }
        awards.vary(id, form.why().strip() + " (amount £" + amount.toPlainString() + ", ends " + ends + ")",
                e -> new AwardEvidence(e.id(), e.type(), e.recipientName(), e.recipientIncome(), amount, e.startsOn(), ends,
                        e.termReason(), e.fundingMethodReason(), e.overheadsAllowed(), e.monitoring(), e.paymentInAdvance(),
                        e.payments(), e.riskAllocationDiscussed(), e.riskAllocation(), e.restrictsCampaigning(), e.ending(),
                        LocalDate.now()));
        redirect.addFlashAttribute("banner", "recorded");
        return "redirect:/commissioning/awards/" + id;
    }

    @GetMapping("/commissioning/awards/{id}/payments/new")
    String paymentForm(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("award", award(id, user));
        model.addAttribute("form", new PaymentForm(null, null, ""));
        model.addAttribute("errors", FormErrors.NONE);
        return "commissioning/payment";
    }

    @PostMapping("/commissioning/awards/{id}/payments/new")
    String recordPayment(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, @ModelAttribute("form") PaymentForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Award award = award(id, user);
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        LocalDate due = checks.date("due", form.due(), true);
        LocalDate paid = checks.date("paid", form.paid(), false);
        BigDecimal amount = checks.money("amount", form.amount(), true);
        if (checks.failed()) {
            model.addAttribute("award", award);
            model.addAttribute("errors", checks.errors());
            return "commissioning/payment";
        }
        awards.recordPayment(id, new AwardEvidence.Payment(due, paid, amount));
        redirect.addFlashAttribute("banner", "recorded");
        return "redirect:/commissioning/awards/" + id;
    }

    private org.thirdsectorhub.organisations.OrganisationSummary organisation(FormChecks checks, String field, String name) {
        if (name == null || name.isBlank()) {
            checks.problem(field, "commissioning.awardForm." + field + ".required");
            return null;
        }
        var found = organisations.findByName(name.strip());
        if (found.isEmpty()) {
            checks.problem(field, "commissioning.form.ownerUnknown");
        }
        return found.orElse(null);
    }

    private Award award(UUID id, HubUser user) {
        Award award = awards.find(id).orElseThrow(() -> new NotFoundException("award " + id));
        ActingFor.require(user, award.funderOrganisation());
        return award;
    }

    private static String page(AwardForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "commissioning/new-award";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record AwardForm(String type, String title, String funder, String recipient, String amount,
            FormChecks.DateParts startsOn, FormChecks.DateParts endsOn, String inAdvance, String overheads,
            String methodReason, String termReason, String risk, String gagging, String outcomes, String noticeMonths) {}

    record VaryForm(String amount, FormChecks.DateParts endsOn, String why) {}

    record PaymentForm(FormChecks.DateParts due, FormChecks.DateParts paid, String amount) {}

    record EndForm(FormChecks.DateParts noticeGivenOn, FormChecks.DateParts endsOn, String reasons, String inWriting,
            String reduction) {}
}
