package org.thirdsectorhub.organisations.curation.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.thirdsectorhub.shared.web.FormErrors;

/** The reason an officer gives for a decision: required, at most 1,000 characters. */
record Reason(String reason) {

    boolean missing() {
        return reason == null || reason.isBlank();
    }

    boolean tooLong() {
        return reason != null && reason.length() > 1000;
    }

    boolean acceptable() {
        return !missing() && !tooLong();
    }

    String text() {
        return reason == null ? "" : reason.strip();
    }

    /** Why the reason can't be used, for the field with this id. */
    FormErrors problem(String field, MessageSource messages, Locale locale) {
        String key = missing() ? "curation.reason.required" : "curation.reason.tooLong";
        return new FormErrors(List.of(new FormErrors.Problem(field, messages.getMessage(key, null, locale))));
    }
}
