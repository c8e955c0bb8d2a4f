package org.thirdsectorhub.socialvalue.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.shared.demo.DemoData;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.AnalysisOwner;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.InputEntry;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.OutcomeEntry;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.PrincipleNote;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.PrincipleStatus;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.StakeholderEntry;
import org.thirdsectorhub.socialvalue.analysis.Principle;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.InputKind;
import org.thirdsectorhub.socialvalue.proxy.PriceIndex;
import org.thirdsectorhub.socialvalue.proxy.ProxyEntry;
import org.thirdsectorhub.socialvalue.proxy.ProxyLibrary;

/**
 * Milton Keynes SROI analyses for the demo: a forecast befriending service and an evaluated youth
 * employability programme owned by the demo organisation, and a commissioner's shared forecast for
 * social prescribing. Library proxies are rebased to 2024 prices exactly as the question pages do it;
 * values entered by hand are marked as illustrative.
 */
@Component
class SocialValueDemoData implements DemoData {

    static final UUID DEMO_ORGANISATION = UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");
    static final String DEMO_COMMISSIONER = "commissioner@demo.thirdsectorhub.org.uk";
    static final UUID LONELINESS = UUID.fromString("0b6f2a4e-5c1d-4f3a-9e21-1a0000000008");
    static final UUID WELLBY = UUID.fromString("0b6f2a4e-5c1d-4f3a-9e21-1a0000000007");
    static final UUID NEET = UUID.fromString("0b6f2a4e-5c1d-4f3a-9e21-1a0000000012");
    static final int PRICE_YEAR = 2024;
    static final BigDecimal NATIONAL_LIVING_WAGE_2024 = new BigDecimal("11.44");
    static final BigDecimal ASHE_MEDIAN_HOURLY_2024 = new BigDecimal("18.64");

    private final Analyses analyses;
    private final ProxyLibrary library;
    private final PriceIndex priceIndex;
    private final IdentityManagement identity;

    SocialValueDemoData(Analyses analyses, ProxyLibrary library, PriceIndex priceIndex, IdentityManagement identity) {
        this.analyses = analyses;
        this.library = library;
        this.priceIndex = priceIndex;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "socialvalue: demo SROI analyses";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        befriending();
        youthEmployability();
        identity.findUserByEmail(DEMO_COMMISSIONER).map(UserSummary::id).ifPresent(this::socialPrescribing);
    }

    private void befriending() {
        AnalysisDocument doc = new AnalysisDocument(
                "Weekly home visits and phone calls by trained volunteer befrienders for older people living alone in "
                        + "Bletchley, Fenny Stratford and Water Eaton, referred by GP practices and Age UK Milton Keynes. "
                        + "Forecast for the three years April 2026 to March 2029, 60 people a year.",
                PRICE_YEAR, new BigDecimal("0.035"),
                List.of(new StakeholderEntry("Older people living alone", "60 people a year aged 70 and over; 14 took part in two focus groups in 2025"),
                        new StakeholderEntry("Families and carers", "Relatives of participants; 9 interviewed by phone"),
                        new StakeholderEntry("Volunteer befrienders", "25 volunteers; surveyed with the ONS4 wellbeing questions")),
                List.of(input(
                                "Grant from The National Lottery Community Fund", "The National Lottery Community Fund",
                                InputKind.MONEY, 0, new BigDecimal("45000")),
                        input("Milton Keynes City Council wellbeing grant", "Milton Keynes City Council", InputKind.MONEY,
                                1, new BigDecimal("20000")),
                        input("Meeting room at Bletchley community centre", "Bletchley and Fenny Stratford Town Council",
                                InputKind.IN_KIND, 0, new BigDecimal("3000")),
                        new InputEntry("Volunteer befriending time", "Volunteer befrienders", InputKind.VOLUNTEER_TIME, 0, null,
                                new BigDecimal("2400"), NATIONAL_LIVING_WAGE_2024,
                                "National Living Wage from 1 April 2024 (proxy library)")),
                List.of(libraryOutcome("Reduced loneliness", "Older people living alone",
                                "UCLA 3-item loneliness score falls below 6 at the six-month review", "60", LONELINESS, 2, 1,
                                "0.25", "0", "0.2", "0.5",
                                grades(EvidenceGrade.MEDIUM, EvidenceGrade.MEDIUM, EvidenceGrade.WEAK, EvidenceGrade.MEDIUM, EvidenceGrade.WEAK)),
                        libraryOutcome("Volunteers' improved life satisfaction", "Volunteer befrienders",
                                "ONS4 life satisfaction of 25 volunteers up 0.2 points on average: 5 WELLBYs", "5", WELLBY, 1, 1,
                                "0.3", "0", "0.25", "0",
                                grades(EvidenceGrade.MEDIUM, EvidenceGrade.STRONG, EvidenceGrade.WEAK, EvidenceGrade.MEDIUM, null)),
                        new OutcomeEntry("Less worry for families and carers", "Families and carers",
                                "Carers report less worry about their relative at review", new BigDecimal("30"),
                                new BigDecimal("350"), "per carer per year",
                                "Illustrative demo value: willingness-to-pay question asked of 9 carers in 2025", null, 2, 1,
                                new BigDecimal("0.2"), BigDecimal.ZERO, new BigDecimal("0.3"), new BigDecimal("0.5"),
                                grades(EvidenceGrade.WEAK, EvidenceGrade.WEAK, EvidenceGrade.WEAK, EvidenceGrade.MEDIUM, EvidenceGrade.WEAK))),
                principles(
                        note(PrincipleStatus.MET, "Older people, carers and volunteers took part in focus groups and interviews in 2025."),
                        note(PrincipleStatus.PARTLY_MET, "Theory of change agreed with Age UK Milton Keynes; negative outcomes not yet explored."),
                        note(PrincipleStatus.MET, "Government wellbeing valuations (DCMS, HM Treasury) rebased to 2024 prices."),
                        note(PrincipleStatus.MET, "Improved physical activity left out: too few people reported it to be material."),
                        note(PrincipleStatus.PARTLY_MET, "Deadweight from the national Community Life Survey trend; drop-off is a weak estimate."),
                        note(PrincipleStatus.MET, "All sources named; the workbook shows every calculation."),
                        note(PrincipleStatus.NOT_MET, "Independent assurance planned after the first year of delivery.")));
        analyses.create("Befriending older people in Bletchley, 2026 to 2029", AnalysisKind.FORECAST,
                AnalysisOwner.organisation(DEMO_ORGANISATION), doc, null);
    }

    private void youthEmployability() {
        AnalysisDocument doc = new AnalysisDocument(
                "A 12-week programme of mentoring, work tasters and job search support for young people aged 16 to 24 not "
                        + "in education, employment or training in central Milton Keynes, delivered April 2025 to March 2026. "
                        + "Evaluated from actual results: 42 started, 35 completed, 18 in work 26 weeks later.",
                PRICE_YEAR, new BigDecimal("0.035"),
                List.of(new StakeholderEntry("Young people not in education, employment or training", "42 participants; exit interviews with 30"),
                        new StakeholderEntry("Local employers", "11 employers offered work tasters; 6 interviewed"),
                        new StakeholderEntry("Volunteer mentors", "Employees of local firms giving time as mentors")),
                List.of(input("UK Shared Prosperity Fund grant via Milton Keynes City Council", "Milton Keynes City Council",
                                InputKind.MONEY, 0, new BigDecimal("80000")),
                        input("Training room at the Milton Keynes Christian Centre", "Local partners", InputKind.IN_KIND, 0,
                                new BigDecimal("4000")),
                        new InputEntry("Mentoring by employer volunteers", "Volunteer mentors", InputKind.VOLUNTEER_TIME, 0, null,
                                new BigDecimal("600"), ASHE_MEDIAN_HOURLY_2024,
                                "ONS ASHE 2024 median gross hourly earnings, full-time employees (proxy library)")),
                List.of(libraryOutcome("Young people in sustained work", "Young people not in education, employment or training",
                                "In work 26 weeks after finishing, confirmed by the employer", "18", NEET, 1, 1,
                                "0.5", "0.1", "0.4", "0",
                                grades(EvidenceGrade.STRONG, EvidenceGrade.MEDIUM, EvidenceGrade.MEDIUM, EvidenceGrade.MEDIUM, null)),
                        libraryOutcome("Young people's improved life satisfaction", "Young people not in education, employment or training",
                                "ONS4 life satisfaction up 0.25 points on average for 35 completers: about 8 WELLBYs", "8", WELLBY, 2, 1,
                                "0.3", "0", "0.2", "0.5",
                                grades(EvidenceGrade.MEDIUM, EvidenceGrade.STRONG, EvidenceGrade.MEDIUM, EvidenceGrade.MEDIUM, EvidenceGrade.WEAK))),
                principles(
                        note(PrincipleStatus.MET, "Participants and employers interviewed at exit."),
                        note(PrincipleStatus.MET, "Outcomes follow the programme's theory of change; two left the programme for worse jobs."),
                        note(PrincipleStatus.MET, "Published public finance cost of NEET and the Green Book WELLBY value."),
                        note(PrincipleStatus.MET, null),
                        note(PrincipleStatus.MET, "Half the job outcomes treated as deadweight, from the local NEET re-engagement rate."),
                        note(PrincipleStatus.MET, null),
                        note(PrincipleStatus.PARTLY_MET, "Reviewed by the council's evaluation officer; not externally assured.")));
        analyses.create("Youth employability programme, Milton Keynes, 2025 to 2026", AnalysisKind.EVALUATIVE,
                AnalysisOwner.organisation(DEMO_ORGANISATION), doc, null);
    }

    private void socialPrescribing(UUID commissioner) {
        AnalysisDocument doc = new AnalysisDocument(
                "Forecast for a two-year contract for social prescribing link workers across Milton Keynes primary care "
                        + "networks, to support a service specification. 150 patients a year with non-clinical needs.",
                PRICE_YEAR, new BigDecimal("0.035"),
                List.of(new StakeholderEntry("Patients with non-clinical needs", "Engagement events with patients in 2025"),
                        new StakeholderEntry("Voluntary and community sector partners", "Market engagement event, November 2025")),
                List.of(input("Contract value, first year", "Milton Keynes commissioners", InputKind.MONEY, 0,
                                new BigDecimal("120000")),
                        input("Contract value, second year", "Milton Keynes commissioners", InputKind.MONEY, 1,
                                new BigDecimal("120000"))),
                List.of(libraryOutcome("Reduced loneliness", "Patients with non-clinical needs",
                                "UCLA 3-item loneliness score falls below 6 at discharge", "150", LONELINESS, 2, 1,
                                "0.3", "0", "0.35", "0.5",
                                grades(EvidenceGrade.MEDIUM, EvidenceGrade.MEDIUM, EvidenceGrade.WEAK, EvidenceGrade.WEAK, EvidenceGrade.WEAK)),
                        libraryOutcome("Improved life satisfaction", "Patients with non-clinical needs",
                                "ONS4 life satisfaction at referral and discharge: 0.2 points for 150 patients, 30 WELLBYs", "30", WELLBY,
                                1, 2, "0.3", "0", "0.35", "0",
                                grades(EvidenceGrade.WEAK, EvidenceGrade.STRONG, EvidenceGrade.WEAK, EvidenceGrade.WEAK, null))),
                Map.of());
        Analysis analysis = analyses.create("Social prescribing link workers: service specification forecast",
                AnalysisKind.FORECAST, AnalysisOwner.commissioner(commissioner), doc, commissioner);
        analyses.setShared(analysis.id(), true);
    }

    private OutcomeEntry libraryOutcome(String name, String stakeholder, String indicator, String quantity, UUID proxyId,
            int duration, int startYear, String deadweight, String displacement, String attribution, String dropOff,
            Map<String, EvidenceGrade> evidence) {
        ProxyEntry proxy = library.find(proxyId).orElseThrow();
        PriceIndex.Rebased rebased = priceIndex.rebase(proxy.value(), proxy.priceYear(), PRICE_YEAR);
        String source = proxy.name() + ": " + proxy.source() + " (" + proxy.licence() + "), £" + proxy.value().toPlainString()
                + " in " + proxy.priceYear() + " prices" + (proxy.priceYear() == PRICE_YEAR ? ""
                : ", rebased to " + PRICE_YEAR + " prices with the hub's price index");
        return new OutcomeEntry(name, stakeholder, indicator, new BigDecimal(quantity), rebased.value(), proxy.unit(), source,
                proxy.id().toString(), duration, startYear, new BigDecimal(deadweight), new BigDecimal(displacement),
                new BigDecimal(attribution), new BigDecimal(dropOff), evidence);
    }

    private static InputEntry input(String description, String stakeholder, InputKind kind, int year, BigDecimal amount) {
        return new InputEntry(description, stakeholder, kind, year, amount, null, null, null);
    }

    private static Map<String, EvidenceGrade> grades(EvidenceGrade quantity, EvidenceGrade proxy, EvidenceGrade deadweight,
            EvidenceGrade attribution, EvidenceGrade dropOff) {
        Map<String, EvidenceGrade> grades = new LinkedHashMap<>();
        grades.put("quantity", quantity);
        grades.put("proxyValue", proxy);
        grades.put("deadweight", deadweight);
        grades.put("attribution", attribution);
        if (dropOff != null) {
            grades.put("dropOff", dropOff);
        }
        return grades;
    }

    private static PrincipleNote note(PrincipleStatus status, String text) {
        return new PrincipleNote(status, text == null ? "" : text);
    }

    private static Map<String, PrincipleNote> principles(PrincipleNote... notes) {
        Map<String, PrincipleNote> map = new LinkedHashMap<>();
        Principle[] principles = Principle.values();
        for (int i = 0; i < principles.length; i++) {
            map.put(principles[i].name(), notes[i]);
        }
        return map;
    }
}
