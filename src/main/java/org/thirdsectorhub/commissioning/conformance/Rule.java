package org.thirdsectorhub.commissioning.conformance;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A principle or Compact check: an id ("C1", "P3"), a version that changes whenever its logic does,
 * a title, the plain-English statement it tests, and the test itself.
 */
public record Rule<E>(String id, int version, String title, String statement,
        BiFunction<E, Thresholds, Verdict> test) {

    public RuleResult check(E evidence, Thresholds thresholds) {
        Verdict verdict = test.apply(evidence, thresholds);
        return new RuleResult(id, title, verdict.status(), id + " " + verdict.status().name().replace('_', ' ') + ": "
                + verdict.explanation(), verdict.evidence(), version);
    }

    /** What a rule's test concludes. */
    public record Verdict(Status status, String explanation, List<EvidenceRef> evidence) {

        public static Verdict pass(String explanation, List<EvidenceRef> evidence) {
            return new Verdict(Status.PASS, explanation, evidence);
        }

        public static Verdict fail(String explanation, List<EvidenceRef> evidence) {
            return new Verdict(Status.FAIL, explanation, evidence);
        }

        public static Verdict missing(String explanation) {
            return new Verdict(Status.INSUFFICIENT_EVIDENCE, explanation, List.of());
        }
    }
}
