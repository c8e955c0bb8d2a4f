package org.thirdsectorhub.commissioning.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.thirdsectorhub.shared.web.FormErrors;

/** Collects a form's problems in page order, with GOV.UK's wording, for the error summary. */
final class FormChecks {

    private final MessageSource messages;
    private final Locale locale;
    private final List<FormErrors.Problem> problems = new ArrayList<>();

    FormChecks(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problem(field, "commissioning.form." + field + ".required");
        } else if (value.length() > maxLength) {
            problem(field, "commissioning.form.tooLong", maxLength);
        }
    }

    void optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problem(field, "commissioning.form.tooLong", maxLength);
        }
    }

    /** A whole number within bounds; null when absent (and not required) or invalid. */
    Integer whole(String field, String text, int min, int max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problem(field, "commissioning.form." + field + ".required");
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problem(field, "commissioning.form.between", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(field, "commissioning.form.wholeNumber");
            return null;
        }
    }

    /** An amount of money in pounds, written with or without a pound sign and thousands separators. */
    java.math.BigDecimal money(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problem(field, "commissioning.form." + field + ".required");
            }
            return null;
        }
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(text.strip().replace("£", "").replace(",", ""));
            if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(new java.math.BigDecimal("1000000000")) > 0) {
                problem(field, "commissioning.form.money");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(field, "commissioning.form.money");
            return null;
        }
    }

    /** A date from GOV.UK's three-part date input; null when absent (and not required) or invalid. */
    LocalDate date(String field, DateParts parts, boolean required) {
        if (parts == null || parts.blank()) {
            if (required) {
                problem(field, "commissioning.form." + field + ".required");
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.year().strip()), Integer.parseInt(parts.month().strip()),
                    Integer.parseInt(parts.day().strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            problem(field, "commissioning.form.dateInvalid");
            return null;
        }
    }

    void problem(String field, String key, Object... args) {
        if (!has(field)) {
            String fallback = messages.getMessage("commissioning.form.answerMissing", null, locale);
            problems.add(new FormErrors.Problem(field, messages.getMessage(key, args, fallback, locale)));
        }
    }

    boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    FormErrors errors() {
        return new FormErrors(List.copyOf(problems));
    }

    /** The day, month and year boxes of a GOV.UK date input. */
    record DateParts(String day, String month, String year) {
        boolean blank() {
            return (day == null || day.isBlank()) && (month == null || month.isBlank()) && (year == null || year.isBlank());
        }

    }
}
