package org.thirdsectorhub.commissioning.conformance;

/** A piece of recorded evidence a judgement used, with where a person can read it. */
public record EvidenceRef(String label, String href) {}
