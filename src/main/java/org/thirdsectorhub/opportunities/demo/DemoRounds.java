package org.thirdsectorhub.opportunities.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.RoundDetails;
import org.thirdsectorhub.opportunities.round.Rounds;

/** The words of the demo grant rounds and tender, dated relative to the day the demo is loaded. */
final class DemoRounds {

    static final List<String> FAMILY_WARDS = List.of("E05009406", "E05009424", "E05009423");

    private DemoRounds() {}

    static RoundDetails laterLife(String title, LocalDate today) {
        return new RoundDetails(title,
                "Grants of £5,000 to £25,000 for local groups that help people over 65 stay connected: befriending, "
                        + "lunch clubs, walking groups and digital skills.",
                "Milton Keynes City Council and the BLMK Integrated Care Board are funding community-led work that "
                        + "reduces loneliness and isolation in later life. We want to fund approaches that older people "
                        + "helped to shape, that reach people who do not already use services, and that will last.\n\n"
                        + "Grants run for up to two years. We pay the first six months in advance.",
                "Charities, CIOs, community interest companies and unincorporated community groups working in Milton "
                        + "Keynes with an annual income under £1 million. Groups without a bank account may apply "
                        + "through a partner organisation.",
                new BigDecimal("120000"), new BigDecimal("5000"), new BigDecimal("25000"), "services", "open", false, true,
                List.of(), null, noon(today.plusWeeks(4)), noon(today.plusWeeks(6)), today.plusWeeks(10),
                today.plusWeeks(14), today.plusWeeks(14).plusYears(2));
    }

    static List<Round.Criterion> laterLifeCriteria() {
        return List.of(
                new Round.Criterion(1, "Need and reach", "Who you will reach, and how you know they need it", 30, false),
                new Round.Criterion(2, "Delivery and partnership", "How you will do it, with whom, and how older people shape it", 30, false),
                new Round.Criterion(3, "Value for money", "A realistic budget that recovers its full cost", 20, false),
                new Round.Criterion(4, "Social value", "The difference it makes, with a simple SROI forecast", 20, true));
    }

    static RoundDetails familySupport(String title, LocalDate today) {
        return new RoundDetails(title,
                "A three-year contract for family support hubs in Bletchley, Fishermead and Wolverton, open to "
                        + "voluntary organisations, consortia and small businesses.",
                "The council is buying early help for families with children under 11 in three wards: a weekly drop-in "
                        + "hub in each ward, one-to-one family support, and referral routes to health visiting and "
                        + "schools. Consortia and sub-contracting are welcome. TUPE may apply to two posts.",
                "Any provider able to deliver in the three wards. Bidders must hold a safeguarding policy and employer's "
                        + "liability insurance, and must not have had a contract ended for poor performance in the "
                        + "last three years.",
                new BigDecimal("450000"), null, new BigDecimal("450000"), "services", "open", true, true, FAMILY_WARDS, null,
                noon(today.plusWeeks(3)), noon(today.plusWeeks(5)), today.plusWeeks(9), today.plusWeeks(16),
                today.plusWeeks(16).plusYears(3));
    }

    static List<Round.Criterion> familyCriteria() {
        return List.of(
                new Round.Criterion(1, "Quality of the service", "Method statement, staffing and safeguarding", 50, false),
                new Round.Criterion(2, "Price", "Whole-life cost over three years", 30, false),
                new Round.Criterion(3, "Social value", "Local employment, volunteering and a social value forecast", 20, true));
    }

    static RoundDetails costOfLiving(String title, LocalDate today) {
        return new RoundDetails(title,
                "Small grants of up to £5,000 for food, fuel and advice support with the cost of living.",
                "Grants for community groups running food clubs, cookery sessions or advice drop-ins that help "
                        + "people with the cost of living.",
                "Community groups and charities in Milton Keynes.",
                new BigDecimal("30000"), new BigDecimal("1000"), new BigDecimal("5000"), "services", "open", false, true,
                List.of(), null, noon(today.plusDays(5)), noon(today.plusDays(7)), today.plusWeeks(3),
                today.plusWeeks(4), today.plusWeeks(4).plusMonths(5));
    }

    static RoundDetails closedYesterday(RoundDetails details, LocalDate today) {
        return new RoundDetails(details.title(), details.summary(), details.description(), details.eligibility(),
                details.totalBudget(), details.minimumAward(), details.maximumAward(), details.procurementCategory(),
                details.procurementMethod(), details.suitableForSme(), details.suitableForVcse(), details.wardCodes(),
                details.opensAt(), noon(today.minusDays(3)), noon(today.minusDays(1)), details.decisionExpectedOn(),
                details.startsOn(), details.endsOn());
    }

    static Instant noon(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(Rounds.LONDON).toInstant();
    }
}
