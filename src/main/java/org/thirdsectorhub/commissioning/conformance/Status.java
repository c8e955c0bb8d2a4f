package org.thirdsectorhub.commissioning.conformance;

public enum Status {
    PASS,
    FAIL,
    INSUFFICIENT_EVIDENCE
}
