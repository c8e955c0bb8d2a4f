package org.thirdsectorhub.opportunities.assessment.demo;

import java.math.BigDecimal;
import java.util.List;
import org.thirdsectorhub.opportunities.assessment.demo.DemoRoundWriter.ApplicationText;
import org.thirdsectorhub.opportunities.assessment.demo.DemoRoundWriter.CriterionText;
import org.thirdsectorhub.opportunities.assessment.demo.DemoRoundWriter.RoundText;

/** The words of the demo rounds: what was asked, what applicants answered, and what the panel said. */
final class DemoContent {

    private DemoContent() {}

    static final RoundText CONNECTING = new RoundText(DemoAssessment.DECIDED, "Connecting Communities Fund 2026",
            "Grants of £5,000 to £25,000 for projects that bring isolated residents together.",
            "Milton Keynes City Council invites voluntary and community groups to apply for two-year grants that reduce "
                    + "loneliness and isolation, especially among older people and carers, in the city's estates and villages.",
            new BigDecimal("90000"), new BigDecimal("5000"), new BigDecimal("25000"));

    static final List<CriterionText> CONNECTING_CRITERIA = List.of(
            new CriterionText("Need and local evidence", "How well the application shows who is isolated, where, and why "
                    + "this project is needed now.", 30, false),
            new CriterionText("Outcomes for residents", "Whether the changes for residents are clear, realistic and "
                    + "measurable.", 25, false),
            new CriterionText("Social value", "The social value the project will create, including the applicant's "
                    + "SROI forecast and how well its assumptions hold.", 20, true),
            new CriterionText("Delivery, partnership and value for money", "Whether the plan, the people, the partners "
                    + "and the budget (with a fair share of overheads) can deliver the outcomes.", 25, false));

    static final List<ApplicationText> CONNECTING_APPLICATIONS = List.of(
            new ApplicationText("Cook and Connect: shared meals for older people",
                    "Our 2025 survey of 212 larder users found that 61 live alone and 44 eat a hot meal with someone less "
                            + "than once a week. Most live in Bletchley East and Fenny Stratford.",
                    "A weekly cook-together and shared lunch at Queensway, with volunteer drivers for people who cannot get "
                            + "there, run with Age UK Milton Keynes.",
                    "60 older people eat together weekly; 40 report feeling less lonely after six months (UCLA scale).",
                    new BigDecimal("9800"), new BigDecimal("4200"), new BigDecimal("1800"), 40, new BigDecimal("1200"),
                    "Older people feel less lonely", "Older residents who live alone"),
            new ApplicationText("Friendship café and telephone befriending",
                    "Referrals from two GP surgeries in Wolverton for loneliness rose by a third last year.",
                    "A Tuesday café in the community centre and weekly befriending calls by trained volunteers.",
                    "80 residents take part; 50 say they have someone to turn to.", new BigDecimal("11500"),
                    new BigDecimal("4500"), new BigDecimal("3000"), 50, new BigDecimal("1100"),
                    "Residents have someone to turn to", "Isolated residents"),
            new ApplicationText("Walking and talking groups on the estates",
                    "Netherfield and Beanhill have the lowest rates of physical activity among over-60s in the city.",
                    "Four led walks a week, each finishing with tea, run by volunteer walk leaders we train.",
                    "70 people walk regularly; 45 report better wellbeing (WEMWBS).", new BigDecimal("7500"),
                    new BigDecimal("3500"), new BigDecimal("1500"), 45, new BigDecimal("900"),
                    "Better wellbeing through regular walking", "Residents over 60"),
            new ApplicationText("Digital skills drop-ins for over-65s",
                    "Many older residents cannot book GP appointments or bus passes online.",
                    "Weekly drop-ins in three libraries with volunteer digital champions and loan tablets.",
                    "120 people learn to use online services.", new BigDecimal("14000"), new BigDecimal("6000"),
                    new BigDecimal("3500"), 60, new BigDecimal("400"), "Older people use online services",
                    "Residents over 65"),
            new ApplicationText("A men's shed for the south of the city",
                    "There is no men's shed south of Bletchley and local men have asked for one.",
                    "Fit out a workshop and open it three days a week with volunteer supervisors.",
                    "30 men attend regularly and make friends.", new BigDecimal("10000"), new BigDecimal("9000"),
                    new BigDecimal("2000"), 30, new BigDecimal("1000"), "Men make lasting friendships",
                    "Older men living alone"));

    static final String[] REASONS = {
        "Clear local evidence of need, strong partnership with Age UK Milton Keynes and a well-costed plan.",
        "Strong referral routes from GP surgeries and realistic, measurable outcomes.",
        "Good reach into estates with low activity rates and sound volunteer training.",
        "Ranked fourth of five; the fund could not support it after the higher-ranked applications.",
        "Ranked fifth of five; the need was less well evidenced than in other applications."};

    static final String[] FEEDBACK = {
        "Show how many people would use the drop-ins and how you know; the SROI forecast relied on a low-value proxy and a "
                + "high deadweight was not considered. The libraries' own digital offer was not mentioned.",
        "Give evidence of demand (for example a survey or a waiting list), explain how the workshop will be sustained after "
                + "the grant, and reduce the equipment share of the budget."};

    static final String MODERATION_NOTE = "Agreed at the panel meeting after discussing each assessor's comments.";

    static final RoundText WINTER = new RoundText(DemoAssessment.SCORING, "Winter Warmth and Wellbeing Grants 2026–27",
            "Grants of up to £8,000 for warm spaces and winter support.",
            "Small grants for warm spaces, hot meals and checking in on vulnerable residents through the winter.",
            new BigDecimal("40000"), new BigDecimal("1000"), new BigDecimal("8000"));

    static final List<CriterionText> WINTER_CRITERIA = List.of(
            new CriterionText("Need and reach", "Who the warm space is for and how they will hear about it.", 40, false),
            new CriterionText("Social value", "The value created for residents, including the SROI forecast.", 30, true),
            new CriterionText("Delivery and value for money", "Whether the plan and budget are realistic.", 30, false));

    static final List<ApplicationText> WINTER_APPLICATIONS = List.of(
            new ApplicationText("Warm welcome at the community hall", "Fuel poverty in the ward is above the city average.",
                    "Open the hall five afternoons a week with soup and activities.", "150 residents stay warm and connected.",
                    new BigDecimal("3500"), new BigDecimal("2500"), new BigDecimal("900"), 60, new BigDecimal("300"),
                    "Residents stay warm and connected", "Residents in fuel poverty"),
            new ApplicationText("Hot meals on wheels this winter", "Housebound residents on our list have no hot meal at weekends.",
                    "Weekend hot meal deliveries by volunteer drivers.", "40 housebound residents get a hot meal each weekend.",
                    new BigDecimal("4000"), new BigDecimal("3000"), new BigDecimal("800"), 40, new BigDecimal("450"),
                    "Housebound residents eat well", "Housebound residents"),
            new ApplicationText("Winter wellbeing calls", "Carers told us winter is when they feel most alone.",
                    "Weekly phone calls to carers with signposting to support.", "90 carers are called weekly.",
                    new BigDecimal("3000"), new BigDecimal("1200"), new BigDecimal("600"), 50, new BigDecimal("350"),
                    "Carers feel supported", "Unpaid carers"),
            new ApplicationText("Warm space and homework club", "Families in the estate cannot afford to heat their homes.",
                    "A warm space after school with a homework club and a free tea.", "60 children and parents attend weekly.",
                    new BigDecimal("4200"), new BigDecimal("2600"), new BigDecimal("1000"), 45, new BigDecimal("380"),
                    "Families stay warm and children keep up", "Families on low incomes"));

    private static final String[] STRONG = {"Clear and well evidenced", "Convincing", "Very well set out"};
    private static final String[] MIDDLE = {"Sound, with some gaps", "Reasonable but could say more", "Adequate"};
    private static final String[] WEAK = {"Little evidence given", "Not convincing", "Thin on detail"};

    static String comment(int score, String criterion, int assessor) {
        String[] words = score >= 4 ? STRONG : score >= 3 ? MIDDLE : WEAK;
        return words[assessor % words.length] + " on " + criterion.toLowerCase() + ".";
    }
}
