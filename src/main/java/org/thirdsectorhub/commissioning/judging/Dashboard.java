package org.thirdsectorhub.commissioning.judging;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.organisations.OrganisationManagement;

/** The partnership's view of conformance: per principle and commitment, per commissioning body, over time. */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    private final JdbcClient jdbc;
    private final OrganisationManagement organisations;

    Dashboard(JdbcClient jdbc, OrganisationManagement organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public View view() {
        List<RuleTally> rules = jdbc.sql("""
                SELECT rule, min(title) AS title,
                       count(*) FILTER (WHERE status = 'PASS') AS passed,
                       count(*) FILTER (WHERE status = 'FAIL') AS failed,
                       count(*) FILTER (WHERE status = 'INSUFFICIENT_EVIDENCE') AS unknown
                FROM commissioning.conformance_result WHERE current
                GROUP BY rule ORDER BY CASE WHEN rule LIKE 'P%' THEN 0 ELSE 1 END, length(rule), rule""")
                .query((rs, n) -> new RuleTally(rs.getString("rule"), rs.getString("title"), rs.getInt("passed"),
                        rs.getInt("failed"), rs.getInt("unknown")))
                .list();
        List<BodyTally> bodies = jdbc.sql("""
                SELECT owner_organisation,
                       count(*) FILTER (WHERE status = 'PASS') AS passed,
                       count(*) FILTER (WHERE status = 'FAIL') AS failed,
                       count(*) FILTER (WHERE status = 'INSUFFICIENT_EVIDENCE') AS unknown
                FROM commissioning.conformance_result WHERE current
                GROUP BY owner_organisation ORDER BY failed DESC, owner_organisation""")
                .query((rs, n) -> new BodyTally(rs.getObject("owner_organisation", UUID.class), null, rs.getInt("passed"),
                        rs.getInt("failed"), rs.getInt("unknown")))
                .list().stream()
                .map(body -> new BodyTally(body.organisation(), organisations.nameOf(body.organisation()), body.passed(),
                        body.failed(), body.unknown()))
                .toList();
        List<MonthTally> months = jdbc.sql("""
                SELECT to_char(date_trunc('month', judged_at), 'YYYY-MM') AS month,
                       count(*) FILTER (WHERE status = 'PASS') AS passed,
                       count(*) FILTER (WHERE status = 'FAIL') AS failed,
                       count(*) FILTER (WHERE status = 'INSUFFICIENT_EVIDENCE') AS unknown
                FROM commissioning.conformance_result
                WHERE judged_at > now() - interval '2 years'
                GROUP BY 1 ORDER BY 1""")
                .query((rs, n) -> new MonthTally(rs.getString("month"), rs.getInt("passed"), rs.getInt("failed"),
                        rs.getInt("unknown")))
                .list();
        List<Failure> failures = jdbc.sql("""
                SELECT r.subject_type, r.subject_id, r.rule, r.explanation,
                       coalesce(e.title, a.title) AS subject_title
                FROM commissioning.conformance_result r
                LEFT JOIN commissioning.exercise e ON r.subject_type = 'EXERCISE' AND e.id = r.subject_id
                LEFT JOIN commissioning.award a ON r.subject_type = 'AWARD' AND a.id = r.subject_id
                WHERE r.current AND r.status = 'FAIL'
                ORDER BY r.rule, subject_title LIMIT 100""")
                .query((rs, n) -> new Failure(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
                        rs.getString("subject_title"), rs.getString("rule"), rs.getString("explanation")))
                .list();
        return new View(rules, bodies, months, failures);
    }

    public record View(List<RuleTally> rules, List<BodyTally> bodies, List<MonthTally> months, List<Failure> failures) {}

    /** A row of the dashboard's tables: what is counted, and how many judgements met it, did not, or could not tell. */
    public interface Tally {
        String label();

        int passed();

        int failed();

        int unknown();
    }

    public record RuleTally(String rule, String title, int passed, int failed, int unknown) implements Tally {
        @Override
        public String label() {
            return rule + " " + title;
        }
    }

    public record BodyTally(UUID organisation, String name, int passed, int failed, int unknown) implements Tally {
        @Override
        public String label() {
            return name;
        }
    }

    public record MonthTally(String month, int passed, int failed, int unknown) implements Tally {
        @Override
        public String label() {
            return month;
        }
    }

    public record Failure(String subjectType, UUID subjectId, String subjectTitle, String rule, String explanation) {
        public String href() {
            return "/commissioning/" + (subjectType.equals("EXERCISE") ? "exercises/" : "awards/") + subjectId;
        }
    }
}
