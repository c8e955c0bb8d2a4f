package org.thirdsectorhub.commissioning.conformance;

import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.fail;
import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.missing;
import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.pass;
import static org.thirdsectorhub.commissioning.conformance.Wording.blank;
import static org.thirdsectorhub.commissioning.conformance.Wording.date;
import static org.thirdsectorhub.commissioning.conformance.Wording.money;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence.Payment;

/** The Compact checks that read a grant, contract or service agreement. */
final class CompactAwardRules {

    private CompactAwardRules() {}

    static final Rule<AwardEvidence> C3 = new Rule<>("C3", 1, "Notice of ending or reducing funding",
            "Funding is ended or reduced only with at least the agreed notice, in writing, with reasons.",
            (a, t) -> {
                var ending = a.ending();
                if (ending == null) {
                    return pass("the funding has not been ended or reduced early", List.of());
                }
                String what = "funding to " + a.recipientName()
                        + (ending.reduction() ? " is reduced from " : " ends on ") + date(ending.endsOn());
                if (ending.noticeGivenOn() == null) {
                    return fail(what + " and no notice is recorded", List.of());
                }
                long days = ChronoUnit.DAYS.between(ending.noticeGivenOn(), ending.endsOn());
                boolean enough = !ending.noticeGivenOn().plusMonths(t.fundingNoticeMonths()).isAfter(ending.endsOn());
                if (!enough) {
                    return fail(what + " with " + Wording.noticePeriod(days) + " notice", List.of());
                }
                if (!ending.inWriting()) {
                    return fail(what + " and the notice was not given in writing", List.of());
                }
                if (blank(ending.reasons())) {
                    return fail(what + " and no reasons were given", List.of());
                }
                return pass(what + " with notice in writing from " + date(ending.noticeGivenOn()) + ", because "
                        + ending.reasons(), List.of());
            });

    static final Rule<AwardEvidence> C4 = new Rule<>("C4", 1, "Multi-year funding",
            "Funding runs for at least the agreed number of years where appropriate, or the reason is recorded.",
            (a, t) -> {
                if (a.startsOn() == null || a.endsOn() == null) {
                    return missing("the award's dates are not recorded");
                }
                long months = ChronoUnit.MONTHS.between(a.startsOn(), a.endsOn().plusDays(1));
                String term = months % 12 == 0 ? (months / 12) + (months == 12 ? "-year " : "-year ") : months + "-month ";
                String award = "a " + term + readable(a.type());
                if (months >= t.multiYearFundingYears() * 12L) {
                    return pass(award + " to " + a.recipientName(), List.of());
                }
                return blank(a.termReason()) ? fail(award + " to " + a.recipientName() + " with no reason recorded for the short term",
                        List.of()) : pass(award + " because " + a.termReason(), List.of());
            });

    static final Rule<AwardEvidence> C5 = new Rule<>("C5", 1, "Full cost recovery",
            "Budgets may include a fair share of overheads.",
            (a, t) -> a.overheadsAllowed() == null ? missing("whether overheads may be included is not recorded")
                    : a.overheadsAllowed() ? pass("the budget includes a fair share of overheads", List.of())
                    : fail("the budget may not include overheads", List.of()));

    static final Rule<AwardEvidence> C6 = new Rule<>("C6", 1, "Proportionate monitoring",
            "Monitoring is agreed before signing and matched to the value and risk.",
            (a, t) -> {
                if (a.monitoring() == null || a.amount() == null) {
                    return missing("the monitoring agreed, or the amount, is not recorded");
                }
                MonitoringTier proportionate = MonitoringTier.forAmount(a.amount(), t);
                MonitoringTier agreed = MonitoringTier.valueOf(a.monitoring().tier());
                if (!a.monitoring().agreedBeforeSigning()) {
                    return fail("monitoring was not agreed before signing", List.of());
                }
                if (agreed.ordinal() > proportionate.ordinal()) {
                    return fail(agreed.description() + " for " + money(a.amount()) + ", where "
                            + proportionate.description() + " is proportionate", List.of());
                }
                return pass(agreed.description() + " for " + money(a.amount()) + ", agreed before signing", List.of());
            });

    static final Rule<AwardEvidence> C7 = new Rule<>("C7", 1, "Payment in advance",
            "Payment is made in advance where it is value for money; paying small organisations only in arrears is flagged.",
            (a, t) -> {
                if (a.paymentInAdvance() == null) {
                    return missing("whether payment is in advance or in arrears is not recorded");
                }
                if (a.paymentInAdvance()) {
                    return pass("paid in advance", List.of());
                }
                if (a.recipientIncome() == null) {
                    return missing("paid in arrears, and the recipient's income is not recorded");
                }
                return a.recipientIncome().compareTo(t.smallOrganisationIncome()) < 0
                        ? fail("paid only in arrears to a small organisation (income " + money(a.recipientIncome()) + ")", List.of())
                        : pass("paid in arrears to an organisation with income of " + money(a.recipientIncome()), List.of());
            });

    static final Rule<AwardEvidence> C8 = new Rule<>("C8", 1, "Timely payment",
            "Payments are made by the agreed date.",
            (a, t) -> {
                if (a.payments().isEmpty()) {
                    return missing("no payment schedule is recorded");
                }
                List<String> late = new ArrayList<>();
                for (Payment payment : a.payments()) {
                    var deadline = payment.due().plusDays(t.paymentGraceDays());
                    if (payment.paid() != null && payment.paid().isAfter(deadline)) {
                        late.add(money(payment.amount()) + " due " + date(payment.due()) + " was paid "
                                + ChronoUnit.DAYS.between(payment.due(), payment.paid()) + " days late");
                    } else if (payment.paid() == null && a.today() != null && a.today().isAfter(deadline)) {
                        late.add(money(payment.amount()) + " due " + date(payment.due()) + " is unpaid");
                    }
                }
                return late.isEmpty() ? pass("every payment due so far was made on time", List.of())
                        : fail(String.join("; ", late), List.of());
            });

    static final Rule<AwardEvidence> C9 = new Rule<>("C9", 1, "Risk allocation",
            "Risks are discussed up front and sit with the party best able to manage them.",
            (a, t) -> a.riskAllocationDiscussed() == null ? missing("no discussion of risks is recorded")
                    : a.riskAllocationDiscussed() && !blank(a.riskAllocation())
                            ? pass("risks were discussed up front: " + a.riskAllocation(), List.of())
                            : fail("risks were not discussed and allocated up front", List.of()));

    static final Rule<AwardEvidence> C11 = new Rule<>("C11", 1, "Rationale for the funding method",
            "The reason for choosing a grant, contract, loan or service agreement is recorded.",
            (a, t) -> blank(a.fundingMethodReason())
                    ? fail("a " + readable(a.type()) + " with no reason recorded for the funding method", List.of())
                    : pass("a " + readable(a.type()) + " because " + a.fundingMethodReason(), List.of()));

    static final Rule<AwardEvidence> C14 = new Rule<>("C14", 1, "Independence",
            "No term restricts the recipient's campaigning.",
            (a, t) -> a.restrictsCampaigning() == null ? missing("the terms have not been checked for restrictions on campaigning")
                    : a.restrictsCampaigning() ? fail("a term restricts " + a.recipientName() + "'s campaigning", List.of())
                    : pass("no term restricts campaigning", List.of()));

    static final List<Rule<AwardEvidence>> ALL = List.of(C3, C4, C5, C6, C7, C8, C9, C11, C14);

    private static String readable(String type) {
        return type == null ? "award" : type.toLowerCase().replace('_', ' ');
    }
}
