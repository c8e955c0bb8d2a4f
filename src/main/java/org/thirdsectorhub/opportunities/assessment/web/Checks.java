package org.thirdsectorhub.opportunities.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.thirdsectorhub.shared.web.FormErrors;

/** Collects a form's problems in page order, worded for the GOV.UK error summary. */
final class Checks {

    private final MessageSource messages;
    private final Locale locale;
    private final List<FormErrors.Problem> problems = new ArrayList<>();

    Checks(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    boolean text(String field, String value, int maxLength, String requiredKey) {
        if (value == null || value.isBlank()) {
            problem(field, requiredKey);
            return false;
        }
        if (value.length() > maxLength) {
            problem(field, "assessment.form.tooLong", maxLength);
            return false;
        }
        return true;
    }

    /** A whole number from min to max; null when missing (reported with requiredKey) or invalid. */
    Integer whole(String field, String value, int min, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            if (requiredKey != null) {
                problem(field, requiredKey);
            }
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip().replace("%", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(field, "assessment.form.between", min, max);
        return null;
    }

    BigDecimal money(String field, String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            problem(field, requiredKey);
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip().replace(",", "").replace("£", ""));
            if (amount.scale() <= 2) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(field, "assessment.form.money");
        return null;
    }

    void problem(String field, String key, Object... arguments) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FormErrors.Problem(field, messages.getMessage(key, arguments, locale)));
        }
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    FormErrors errors() {
        return new FormErrors(List.copyOf(problems));
    }
}
