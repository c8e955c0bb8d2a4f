package org.thirdsectorhub.opportunities.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.commissioning.award.Award;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;
import org.thirdsectorhub.support.TestMailServer;

@HubIntegrationTest
class AssessmentTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AssessedRounds rounds;

    @Autowired
    Panel panel;

    @Autowired
    Scoring scoring;

    @Autowired
    Moderation moderation;

    @Autowired
    Decisions decisions;

    @Autowired
    Awards awards;

    private AssessmentFixture.Made made;
    private Round round;
    private UserAccount first;
    private UserAccount second;

    @BeforeEach
    void aClosedRoundWithTwoAssessors() {
        made = new AssessmentFixture(jdbc).closedRound(UUID.randomUUID(), 3);
        round = rounds.find(made.reference());
        first = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        second = accounts.create(Role.PARTNERSHIP_MEMBER);
        panel.add(round, first.email());
        panel.add(round, second.email());
    }

    @Test
    void addingAnAssessorEmailsThem() {
        await(first.email(), 1);
        assertThat(GreenMailUtil.getBody(TestMailServer.messagesTo(first.email()).get(0))).contains("/assessments");
    }

    @Test
    void refusesToAddSomeoneWhoCannotAssess() {
        UserAccount member = accounts.create(Role.ORGANISATION_MEMBER);
        assertThatThrownBy(() -> panel.add(round, member.email())).isInstanceOf(AssessmentRefused.class)
                .hasMessage("assessment.panel.email.role");
        assertThatThrownBy(() -> panel.add(round, first.email())).hasMessage("assessment.panel.email.already");
    }

    @Test
    void refusesScoringWhenConflictDeclared() {
        Submission application = application(0);
        scoring.declare(round, application, first.id(), true, "I am a trustee of the applicant");
        assertThatThrownBy(() -> scoring.save(round, application, first.id(), scores(3, 3, 3)))
                .isInstanceOf(Scoring.ConflictOfInterest.class);
        assertThat(scoring.scores(application.id(), first.id())).isEmpty();
        assertThat(scoring.declarations(round.id())).singleElement().satisfies(d -> {
            assertThat(d.conflicted()).isTrue();
            assertThat(d.details()).isEqualTo("I am a trustee of the applicant");
        });
    }

    @Test
    void refusesScoringBeforeADeclarationAndAfterSubmission() {
        Submission application = application(0);
        assertThatThrownBy(() -> scoring.save(round, application, first.id(), scores(3, 3, 3)))
                .hasMessage("assessment.conflict.notDeclared");
        scoreAndSubmit(first, application, 3, 3, 3);
        assertThatThrownBy(() -> scoring.save(round, application, first.id(), scores(5, 5, 5)))
                .hasMessage("assessment.score.locked");
        scoring.reopen(round, application, first.id());
        scoring.save(round, application, first.id(), scores(5, 5, 5));
        assertThat(scoring.scores(application.id(), first.id()).values()).allMatch(s -> s.score() == 5);
    }

    @Test
    void weightedTotalIsTheSumOfEachScoreOverFiveTimesItsWeight() {
        List<Criterion> criteria = rounds.criteria(round.id());
        // 4/5 × 40 + 3/5 × 30 + 5/5 × 30 = 32 + 18 + 30
        assertThat(Weighting.total(criteria, Map.of(criteria.get(0).id(), 4, criteria.get(1).id(), 3,
                criteria.get(2).id(), 5))).isEqualByComparingTo("80");
        assertThat(Weighting.total(criteria, Map.of(criteria.get(0).id(), 4))).isNull();
    }

    @Test
    void moderationFlagsASpreadOfTwoOrMoreAndRanksByModeratedTotals() {
        Submission a = application(0);
        Submission b = application(1);
        scoreAndSubmit(first, a, 1, 3, 3);
        scoreAndSubmit(second, a, 4, 3, 2);
        scoreAndSubmit(first, b, 3, 3, 3);
        scoreAndSubmit(second, b, 3, 4, 3);
        Moderation.Sheet sheet = moderation.sheet(round, a);
        assertThat(sheet.lines()).extracting(Moderation.Line::spread).containsExactly(3, 0, 1);
        assertThat(sheet.lines()).extracting(Moderation.Line::wide).containsExactly(true, false, false);
        assertThat(moderation.sheet(round, b).lines()).noneMatch(Moderation.Line::wide);

        moderate(a, 5, 4, 4);
        moderate(b, 2, 2, 2);
        List<Moderation.Ranked> ranking = moderation.ranking(round);
        assertThat(ranking.get(0).application().id()).isEqualTo(a.id());
        assertThat(ranking.get(0).moderatedTotal()).isEqualByComparingTo("88");
        assertThat(ranking.get(0).wideSpread()).isTrue();
        assertThat(ranking.get(1).moderatedTotal()).isEqualByComparingTo("40");
        assertThat(ranking.get(2).moderatedTotal()).isNull();
    }

    @Test
    void anAssessorChecksTheForecastWithTheirOwnDeductionsAndTheRatioIsKept() {
        Submission application = application(0);
        SroiForecast forecast = rounds.detail(application).forecast();
        assertThat(forecast.ratio()).isEqualByComparingTo("3.10");
        BigDecimal applicants = scoring.check(forecast, new BigDecimal("0.2"), new BigDecimal("0.1"), new BigDecimal("0.3"))
                .orElseThrow();
        BigDecimal stricter = scoring.check(forecast, new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.5"))
                .orElseThrow();
        assertThat(stricter).isLessThan(applicants);
        scoring.declare(round, application, first.id(), false, "");
        UUID social = made.criteria().get(1);
        scoring.save(round, application, first.id(), List.of(new Score(social, 2, "Optimistic deadweight", stricter,
                new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.5"))));
        assertThat(scoring.scores(application.id(), first.id()).get(social).checkedRatio()).isEqualByComparingTo(stricter);
    }

    @Test
    void publishingIsRefusedWhileAnApplicationLacksADecision() {
        decisions.record(round, application(0), Decision.SUCCESSFUL, new BigDecimal("15000"), "Strong need", "");
        decisions.record(round, application(1), Decision.UNSUCCESSFUL, null, "Weaker evidence", "Show local demand");
        assertThatThrownBy(() -> decisions.publish(round)).isInstanceOf(AssessmentRefused.class)
                .hasMessage("assessment.publish.missing");
        assertThat(rounds.find(round.id()).decided()).isFalse();
    }

    @Test
    void publishingIsRefusedBeforeTheDeadline() {
        new AssessmentFixture(jdbc).closesTomorrow(round.id());
        Round open = rounds.find(round.id());
        made.applications().forEach(id -> decisions.record(open, rounds.submission(open.id(), id), Decision.UNSUCCESSFUL,
                null, "Not this time", "Feedback"));
        assertThatThrownBy(() -> decisions.publish(open)).hasMessage("assessment.publish.beforeDeadline");
    }

    @Test
    void refusesAnAwardAboveTheAmountRequested() {
        assertThatThrownBy(() -> decisions.record(round, application(0), Decision.SUCCESSFUL, new BigDecimal("20000.01"),
                "Strong", "")).hasMessage("assessment.decision.amount.range");
    }

    @Test
    void publishingCreatesAwardsInCommissioningAndEmailsEveryApplicant() {
        decisions.record(round, application(0), Decision.SUCCESSFUL, new BigDecimal("15000"), "Strong local need", "");
        decisions.record(round, application(1), Decision.SUCCESSFUL, new BigDecimal("20000"), "Good value", "");
        decisions.record(round, application(2), Decision.UNSUCCESSFUL, null, "Weaker evidence of need",
                "Include figures on how many people would use the club");
        decisions.publish(round);

        Round decided = rounds.find(round.id());
        assertThat(decided.status()).isEqualTo("DECIDED");
        assertThat(decided.decisionsPublishedAt()).isNotNull();
        Map<UUID, Decision> recorded = decisions.decisions(round.id());
        Award award = awards.find(recorded.get(made.applications().get(0)).award()).orElseThrow();
        assertThat(award.type()).isEqualTo("GRANT");
        assertThat(award.amount()).isEqualByComparingTo("15000");
        assertThat(award.funderOrganisation()).isEqualTo(made.owner());
        assertThat(award.recipientName()).isEqualTo("Test applicant 1");
        assertThat(award.evidence().overheadsAllowed()).isTrue();
        assertThat(recorded.get(made.applications().get(2)).award()).isNull();
        assertThat(jdbc.sql("SELECT status FROM opportunities.application WHERE id = ?").param(made.applications().get(2))
                .query(String.class).single()).isEqualTo("UNSUCCESSFUL");

        await(made.submitters().get(0), 1);
        assertThat(GreenMailUtil.getBody(TestMailServer.messagesTo(made.submitters().get(0)).get(0))).contains("15,000.00");
        PublishedDecisions published = decisions.published(decided);
        assertThat(published.funded()).extracting(PublishedDecisions.Funded::organisationName)
                .containsExactly("Test applicant 1", "Test applicant 2");
        assertThat(published.unsuccessful()).isEqualTo(1);
        assertThat(published.totalAwarded()).isEqualByComparingTo("35000");
        assertThatThrownBy(() -> decisions.publish(decided)).hasMessage("assessment.decided");
    }

    @Test
    void unsuccessfulApplicantsAreSentTheirFeedback() {
        made.applications().forEach(id -> decisions.record(round, rounds.submission(round.id(), id), Decision.UNSUCCESSFUL,
                null, "Other applications met the criteria better", "Say how you will reach people who live alone"));
        decisions.publish(round);
        String submitter = made.submitters().get(1);
        await(submitter, 1);
        String body = GreenMailUtil.getBody(TestMailServer.messagesTo(submitter).get(0)).replace("=\r\n", "");
        assertThat(body).contains("not been successful").contains("Say how you will reach people who live alone");
    }

    private Submission application(int index) {
        return rounds.submission(round.id(), made.applications().get(index));
    }

    private List<Score> scores(int... values) {
        List<Criterion> criteria = rounds.criteria(round.id());
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> Score.of(criteria.get(i).id(), values[i], "Because")).toList();
    }

    private void scoreAndSubmit(UserAccount assessor, Submission application, int... values) {
        if (scoring.declaration(application.id(), assessor.id()).isEmpty()) {
            scoring.declare(round, application, assessor.id(), false, "");
        }
        scoring.save(round, application, assessor.id(), scores(values));
        scoring.submit(round, application, assessor.id(), rounds.criteria(round.id()));
    }

    private void moderate(Submission application, int... values) {
        List<Criterion> criteria = rounds.criteria(round.id());
        Map<UUID, Moderation.Moderated> scores = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            scores.put(criteria.get(i).id(), new Moderation.Moderated(values[i], "Agreed at the panel"));
        }
        moderation.moderate(round, application, scores);
    }

    private static void await(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (TestMailServer.countTo(address) < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(TestMailServer.countTo(address)).as("mails to " + address).isGreaterThanOrEqualTo(count);
    }

    @Test
    void aForecastMadeOnTheApplicationFormCanBeCheckedByAssessors() {
        SroiForecast forecast = rounds.forecast("""
                {"outcome": "Fewer lonely older people", "people": 40, "proxyValue": 1200, "deadweightPercent": 25,
                 "attributionPercent": 10, "dropOffPercent": 20, "durationYears": 2, "investment": 15000,
                 "ratio": 2.37}""");
        assertThat(forecast.checkable()).isTrue();
        assertThat(forecast.ratio()).isEqualByComparingTo("2.37");
        assertThat(forecast.outcomes()).containsExactly("Fewer lonely older people");
        assertThat(forecast.input().outcomes().get(0).deadweight()).isEqualByComparingTo("0.25");
    }
}
