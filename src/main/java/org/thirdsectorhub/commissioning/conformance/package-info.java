/**
 * The conformance engine: each principle of good commissioning and each Compact check is a versioned
 * rule that reads the evidence recorded for an exercise or an award and answers PASS, FAIL or
 * INSUFFICIENT_EVIDENCE, saying why and pointing at the evidence it used. Plain Java: thresholds are
 * data passed in, so a past judgement can be recomputed and explained.
 */
@org.springframework.modulith.NamedInterface("conformance")
package org.thirdsectorhub.commissioning.conformance;
