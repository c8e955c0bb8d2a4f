package org.thirdsectorhub.opportunities.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.commissioning.exercise.Exercise;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.opportunities.application.Submissions;
import org.thirdsectorhub.opportunities.round.Clarifications;
import org.thirdsectorhub.opportunities.round.Following;
import org.thirdsectorhub.opportunities.round.NewRound;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.demo.DemoData;

/**
 * Grant rounds and tenders for the demo: an open grant round from the isolation exercise with
 * applications as drafts, submitted and withdrawn; a grant round just closed with bids waiting for
 * assessment; an open tender with clarification questions; a draft still missing its criteria.
 */
@Component
class DemoOpportunities implements DemoData {

    static final UUID DEMO_ORGANISATION = UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");
    static final UUID DEMO_COUNCIL = UUID.fromString("0c1f5d2a-7e3b-4a6c-8d9e-2f4a6b8c0d1e");

    private final Rounds rounds;
    private final Following following;
    private final Clarifications clarifications;
    private final ApplicationDrafts drafts;
    private final Submissions submissions;
    private final Exercises exercises;
    private final OrganisationManagement organisations;
    private final IdentityManagement identity;
    private final Clock clock;

    DemoOpportunities(Rounds rounds, Following following, Clarifications clarifications, ApplicationDrafts drafts,
            Submissions submissions, Exercises exercises, OrganisationManagement organisations,
            IdentityManagement identity, Clock clock) {
        this.rounds = rounds;
        this.following = following;
        this.clarifications = clarifications;
        this.drafts = drafts;
        this.submissions = submissions;
        this.exercises = exercises;
        this.organisations = organisations;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "opportunities: grant rounds, a tender and applications";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(Rounds.LONDON));
        OrganisationSummary council = organisations.find(DEMO_COUNCIL).orElseThrow();
        OrganisationSummary larder = organisations.find(DEMO_ORGANISATION).orElseThrow();
        List<OrganisationSummary> groups = organisations.marketFor(Set.of("103"), Set.of()).sample().stream()
                .filter(OrganisationSummary::thirdSector).filter(org -> !org.id().equals(DEMO_ORGANISATION)).limit(5).toList();
        UUID orgAdmin = identity.findUserByEmail("org-admin@demo.thirdsectorhub.org.uk").map(UserSummary::id).orElse(null);
        UUID orgMember = identity.findUserByEmail("org-member@demo.thirdsectorhub.org.uk").map(UserSummary::id).orElse(null);
        if (orgAdmin != null) {
            following.followNew(larder.id(), larder.name(), null, orgAdmin);
        }
        if (orgMember != null) {
            following.followNew(larder.id(), larder.name(), "GRANT_ROUND", orgMember);
        }

        Exercise isolation = exercises.all().stream().filter(e -> e.title().startsWith("Tackling isolation"))
                .findFirst().orElse(null);
        Round laterLife = open(new NewRound("GRANT_ROUND", isolation == null ? null : isolation.id(), council.id(),
                council.name(), "Later life connections fund 2026–27", new BigDecimal("120000"), List.of()),
                DemoRounds.laterLife("Later life connections fund 2026–27", today), DemoRounds.laterLifeCriteria());
        if (orgAdmin != null) {
            following.followOne(larder.id(), larder.name(), laterLife, orgAdmin);
        }
        for (int i = 0; i < groups.size(); i++) {
            UUID application = drafts.start(laterLife, groups.get(i).id(), groups.get(i).name(), null);
            if (i < 3) {
                complete(application, groups.get(i), new BigDecimal(12000 + 4000 * i), today, i);
                submissions.submit(application, null);
            } else if (i == 3) {
                drafts.saveProject(application, "Tea and tablets", "Weekly digital skills sessions over tea in Wolverton.");
                submissions.withdraw(application);
            } else {
                drafts.saveProject(application, "Walk and talk", "Led walks around Willen Lake for men over 65.");
            }
        }
        UUID larderDraft = drafts.start(laterLife, larder.id(), larder.name(), orgMember);
        drafts.saveProject(larderDraft, "Larder lunch club", "A weekly hot lunch at the larder for older neighbours, "
                + "with a volunteer driver scheme for those who cannot get there.");
        drafts.addBudgetLine(larderDraft, "DIRECT", "Cook (4 hours a week)", new BigDecimal("4800"));

        Round family = open(new NewRound("TENDER", null, council.id(), council.name(),
                "Family support hubs in Bletchley, Fishermead and Wolverton", new BigDecimal("450000"),
                DemoRounds.FAMILY_WARDS), DemoRounds.familySupport("Family support hubs in Bletchley, Fishermead and "
                        + "Wolverton", today), DemoRounds.familyCriteria());
        OrganisationSummary asker = groups.isEmpty() ? larder : groups.get(0);
        UUID q1 = clarifications.ask(family, asker.id(), "Will the council consider a bid from a consortium led by a "
                + "charity with a small business as sub-contractor?");
        UUID q2 = clarifications.ask(family, larder.id(), "Is there an existing building for the Fishermead hub, or "
                + "should bidders include premises costs?");
        clarifications.ask(family, asker.id(), "Can bidders see the current service's referral numbers for the last "
                + "two years?");
        clarifications.answerAndPublish(family, q1, "Yes. Consortia and sub-contracting are welcome; the lead "
                + "organisation holds the contract and must show how it manages its partners.");
        clarifications.answerAndPublish(family, q2, "The council will provide the Fishermead community centre at no "
                + "cost for two mornings a week. Bidders should include premises costs for the other two hubs.");

        org.thirdsectorhub.opportunities.round.RoundDetails costOfLiving = DemoRounds.costOfLiving("Cost of living small grants", today);
        Round costs = open(new NewRound("GRANT_ROUND", null, council.id(), council.name(), "Cost of living small grants",
                new BigDecimal("30000"), List.of()), costOfLiving, List.of(
                new Round.Criterion(1, "Need", "Who is struggling with costs and how you reach them", 60, false),
                new Round.Criterion(2, "Delivery", "A realistic plan that can start quickly", 40, false)));
        List<OrganisationSummary> costGroups = groups.isEmpty() ? List.of(larder) : List.of(larder, groups.get(0));
        for (int i = 0; i < costGroups.size(); i++) {
            UUID application = drafts.start(costs, costGroups.get(i).id(), costGroups.get(i).name(),
                    i == 0 ? orgMember : null);
            complete(application, costGroups.get(i), new BigDecimal(3000 + 1500 * i), today, i);
            submissions.submit(application, null);
        }
        rounds.update(costs.id(), DemoRounds.closedYesterday(costOfLiving, today));
        rounds.closeDue();

        rounds.create(new NewRound("GRANT_ROUND", null, council.id(), council.name(), "Community food resilience grants",
                new BigDecimal("60000"), List.of()));
    }

    private Round open(NewRound start, org.thirdsectorhub.opportunities.round.RoundDetails details,
            List<Round.Criterion> criteria) {
        Round round = rounds.create(start);
        rounds.update(round.id(), details);
        rounds.replaceCriteria(round.id(), criteria);
        List<String> missing = rounds.publish(round.id());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("demo opportunity incomplete: " + missing);
        }
        return rounds.find(round.id()).orElseThrow();
    }

    private void complete(UUID application, OrganisationSummary group, BigDecimal amount, LocalDate today, int variant) {
        drafts.saveProject(application, List.of("Friendship calls", "Lunch club on wheels", "Men's shed")
                .get(variant % 3) + " for " + group.name(), "A weekly befriending and social activity programme for "
                + "people over 65 living alone, run by trained volunteers with a part-time coordinator.");
        drafts.saveOutcomes(application, "Fewer people report feeling lonely often or always (UCLA three-item scale); "
                + "more people take part in a local activity each month.", (40 + 20 * variant) + " people over 65, "
                + "most living alone, referred by GPs' social prescribers and the larder.",
                group.wardCode() == null ? List.of() : List.of(group.wardCode()));
        drafts.saveAmount(application, amount, today.plusWeeks(14), today.plusWeeks(14).plusYears(1));
        BigDecimal overhead = amount.multiply(new BigDecimal("0.15")).setScale(0, java.math.RoundingMode.HALF_UP);
        BigDecimal volunteers = new BigDecimal("1200");
        drafts.addBudgetLine(application, "DIRECT", "Coordinator (0.4 full-time)", amount.subtract(overhead).subtract(volunteers));
        drafts.addBudgetLine(application, "DIRECT", "Volunteer expenses and training", volunteers);
        drafts.addBudgetLine(application, "OVERHEAD", "Share of management, finance and premises", overhead);
        drafts.saveForecast(application, drafts.calculate("Less loneliness among older people",
                new BigDecimal(40 + 20 * variant), new BigDecimal("1850"), new BigDecimal("25"), new BigDecimal("20"),
                new BigDecimal("10"), 2, amount));
        drafts.addAttachment(application, "budget-breakdown.csv", "text/csv", ("line,category,amount\n"
                + "Coordinator,DIRECT," + amount.subtract(overhead).subtract(volunteers) + "\n"
                + "Volunteer expenses,DIRECT," + volunteers + "\nOverheads,OVERHEAD," + overhead + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

}
