package org.thirdsectorhub.commissioning.conformance;

import java.util.List;

/** One rule's judgement of one exercise or award. */
public record RuleResult(String rule, String title, Status status, String explanation, List<EvidenceRef> evidence,
        int ruleVersion) {

    public RuleResult {
        evidence = List.copyOf(evidence);
    }
}
