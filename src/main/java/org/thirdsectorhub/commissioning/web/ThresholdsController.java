package org.thirdsectorhub.commissioning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.commissioning.conformance.Thresholds;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.commissioning.judging.ThresholdsStore;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.FormChecks;

/** Administrators publish the thresholds the partnership agrees; everything is judged again under them. */
@Controller
class ThresholdsController {

    private final ThresholdsStore thresholds;
    private final Judgements judgements;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    ThresholdsController(ThresholdsStore thresholds, Judgements judgements, AuditTrail audit,
            TransactionTemplate transaction, MessageSource messages) {
        this.thresholds = thresholds;
        this.judgements = judgements;
        this.audit = audit;
        this.transaction = transaction;
        this.messages = messages;
    }

    @GetMapping("/admin/commissioning/thresholds")
    String show(Model model) {
        ThresholdsStore.Versioned current = thresholds.current();
        Thresholds t = current.thresholds();
        model.addAttribute("version", current.version());
        model.addAttribute("form", new ThresholdsForm(String.valueOf(t.consultationWeeks()),
                String.valueOf(t.fundingNoticeMonths()), String.valueOf(t.multiYearFundingYears()),
                String.valueOf(t.preMarketEngagementWeeksBeforeRoute()), t.smallOrganisationIncome().toPlainString(),
                t.lightMonitoringBelow().toPlainString(), t.quarterlyMonitoringFrom().toPlainString(),
                t.visitFrom().toPlainString(), String.valueOf(t.applicationHoursPerTenThousandPounds()),
                String.valueOf(t.paymentGraceDays())));
        model.addAttribute("errors", FormErrors.NONE);
        return "commissioning/thresholds";
    }

    @PostMapping("/admin/commissioning/thresholds")
    String publish(@ModelAttribute("form") ThresholdsForm form, Model model, Locale locale, RedirectAttributes redirect) {
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        Integer weeks = checks.whole("consultationWeeks", form.consultationWeeks(), 1, 52, true);
        Integer notice = checks.whole("noticeMonths", form.noticeMonths(), 0, 24, true);
        Integer years = checks.whole("multiYearYears", form.multiYearYears(), 1, 10, true);
        Integer engagement = checks.whole("engagementWeeks", form.engagementWeeks(), 0, 104, true);
        BigDecimal small = checks.money("smallIncome", form.smallIncome(), true);
        BigDecimal light = checks.money("lightBelow", form.lightBelow(), true);
        BigDecimal quarterly = checks.money("quarterlyFrom", form.quarterlyFrom(), true);
        BigDecimal visit = checks.money("visitFrom", form.visitFrom(), true);
        Integer hours = checks.whole("hoursPerTenThousand", form.hoursPerTenThousand(), 1, 100, true);
        Integer grace = checks.whole("graceDays", form.graceDays(), 0, 90, true);
        if (light != null && quarterly != null && visit != null
                && (light.compareTo(quarterly) >= 0 || quarterly.compareTo(visit) >= 0)) {
            checks.problem("quarterlyFrom", "thresholds.tiersInOrder");
        }
        if (checks.failed()) {
            model.addAttribute("version", thresholds.current().version());
            model.addAttribute("errors", checks.errors());
            return "commissioning/thresholds";
        }
        Thresholds agreed = new Thresholds(weeks, notice, years, engagement, small, light, quarterly, visit, hours, grace);
        int version = transaction.execute(status -> {
            int published = thresholds.publish(agreed, LocalDate.now(), Actor.current().label());
            int judged = judgements.judgeEverything();
            audit.record(new AuditedChange("commissioning", "thresholds", String.valueOf(published), "published",
                    "Published version " + published + " of the conformance thresholds and judged everything again ("
                            + judged + " judgements)"));
            return published;
        });
        redirect.addFlashAttribute("banner", messages.getMessage("thresholds.published", new Object[] {version}, locale));
        return "redirect:/admin/commissioning/thresholds";
    }

    record ThresholdsForm(String consultationWeeks, String noticeMonths, String multiYearYears, String engagementWeeks,
            String smallIncome, String lightBelow, String quarterlyFrom, String visitFrom, String hoursPerTenThousand,
            String graceDays) {}
}
