package org.thirdsectorhub.organisations.curation.web;

/** The reason an officer gives for a decision. */
record Reason(String reason) {

    boolean missing() {
        return reason == null || reason.isBlank();
    }

    boolean tooLong() {
        return reason != null && reason.length() > 1000;
    }

    String text() {
        return reason == null ? "" : reason.strip();
    }
}
