package org.thirdsectorhub.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thirdsectorhub.ThirdSectorHubApplication;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.judging.Dashboard;
import org.thirdsectorhub.commissioning.judging.Judgements;

/**
 * A district's commissioning at scale: the hub on its embedded PostgreSQL with the demo register and
 * 2,000 awards. Measures judging every exercise and award again (target under 2 s) and building the
 * partnership dashboard (target p95 under 200 ms).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CommissioningBenchmark {

    static final int AWARDS = 2_000;

    private ConfigurableApplicationContext hub;
    private Judgements judgements;
    private Dashboard dashboard;

    @Setup(Level.Trial)
    public void startHubWithTwoThousandAwards() {
        SpringApplication application = new SpringApplication(ThirdSectorHubApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                "hub.data-dir", "target/benchmark-postgres/" + UUID.randomUUID(),
                "hub.database.delete-on-close", "true",
                "hub.demo.enabled", "true",
                "logging.level.root", "WARN"));
        hub = application.run();
        judgements = hub.getBean(Judgements.class);
        dashboard = hub.getBean(Dashboard.class);
        Awards awards = hub.getBean(Awards.class);
        UUID[] funders = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (int i = 0; i < AWARDS; i++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(i % 700);
            boolean shortTerm = i % 5 == 0;
            awards.make(new NewAward(null, i % 3 == 0 ? "CONTRACT" : "GRANT", "Award " + i, funders[i % funders.length],
                    "Funder " + (i % funders.length), UUID.randomUUID(), "Recipient " + i, BigDecimal.valueOf(20_000 + i * 97L),
                    BigDecimal.valueOf(1_000 + (i * 7919L) % 400_000), start, start.plusYears(shortTerm ? 1 : 3).minusDays(1),
                    3, null, i % 7 == 0 ? null : "the route suits the outcome", i % 11 != 0,
                    new AwardEvidence.Monitoring(i % 4 == 0 ? "QUARTERLY_WITH_VISIT" : "LIGHT_SIX_MONTHLY", i % 13 != 0),
                    i % 6 != 0, List.of(new AwardEvidence.Payment(start, start.plusDays(i % 30), BigDecimal.valueOf(1_000))),
                    i % 9 != 0, "shared", i % 50 == 0));
        }
    }

    @TearDown(Level.Trial)
    public void stopHub() {
        hub.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int judgeEveryExerciseAndAward() {
        return judgements.judgeEverything();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Dashboard.View partnershipDashboard() {
        return dashboard.view();
    }
}
