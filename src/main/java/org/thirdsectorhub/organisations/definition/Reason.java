package org.thirdsectorhub.organisations.definition;

/**
 * Why a test passed or failed: the rule (e.g. "independence"), its outcome, a sentence a person can
 * read, and the data it used (e.g. "legal form: Community interest company; asset lock: yes").
 */
public record Reason(String rule, boolean passed, String explanation, String dataUsed) {}
