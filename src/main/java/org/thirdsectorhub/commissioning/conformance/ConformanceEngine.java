package org.thirdsectorhub.commissioning.conformance;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule that applies to an exercise or an award. Stateless and thread-safe. */
public final class ConformanceEngine {

    /** The rules that judge exercises: the eight principles, then the Compact checks. */
    public List<Rule<ExerciseEvidence>> exerciseRules() {
        List<Rule<ExerciseEvidence>> rules = new ArrayList<>(PrincipleRules.ALL);
        rules.addAll(CompactExerciseRules.ALL);
        return rules;
    }

    public List<Rule<AwardEvidence>> awardRules() {
        return CompactAwardRules.ALL;
    }

    public List<RuleResult> check(ExerciseEvidence exercise, Thresholds thresholds) {
        return exerciseRules().stream().map(rule -> rule.check(exercise, thresholds)).toList();
    }

    public List<RuleResult> check(AwardEvidence award, Thresholds thresholds) {
        return awardRules().stream().map(rule -> rule.check(award, thresholds)).toList();
    }
}
