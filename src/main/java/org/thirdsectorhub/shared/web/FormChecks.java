package org.thirdsectorhub.shared.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Collects a form's problems in page order, with GOV.UK's wording, for the error summary. Messages are looked
 * up under the module's prefix: {@code <prefix>.<field>.required}, {@code <prefix>.tooLong} and so on.
 */
public final class FormChecks {

    private final MessageSource messages;
    private final Locale locale;
    private final String prefix;
    private final List<FormErrors.Problem> problems = new ArrayList<>();

    public FormChecks(MessageSource messages, Locale locale, String prefix) {
        this.messages = messages;
        this.locale = locale;
        this.prefix = prefix;
    }

    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problem(field, prefix + "." + field + ".required");
            return null;
        }
        if (value.length() > maxLength) {
            problem(field, prefix + ".tooLong", maxLength);
            return null;
        }
        return value.strip();
    }

    public String optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problem(field, prefix + ".tooLong", maxLength);
            return null;
        }
        return value == null ? "" : value.strip();
    }

    public Integer whole(String field, String text, int min, int max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problem(field, prefix + "." + field + ".required");
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problem(field, prefix + ".between", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(field, prefix + ".wholeNumber");
            return null;
        }
    }

    /** A number such as a percentage or a count, written with or without thousands separators. */
    public BigDecimal number(String field, String text, BigDecimal min, BigDecimal max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problem(field, prefix + "." + field + ".required");
            }
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", "").replace("%", ""));
            if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
                problem(field, max == null ? prefix + ".atLeast" : prefix + ".between", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(field, prefix + ".number");
            return null;
        }
    }

    /** An amount of money in pounds, written with or without a pound sign and thousands separators. */
    public BigDecimal money(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problem(field, prefix + "." + field + ".required");
            }
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace("£", "").replace(",", ""));
            if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(new BigDecimal("1000000000")) > 0) {
                problem(field, prefix + ".money");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(field, prefix + ".money");
            return null;
        }
    }

    public LocalDate date(String field, DateParts parts, boolean required) {
        if (parts == null || parts.blank()) {
            if (required) {
                problem(field, prefix + "." + field + ".required");
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.year().strip()), Integer.parseInt(parts.month().strip()),
                    Integer.parseInt(parts.day().strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            problem(field, prefix + ".dateInvalid");
            return null;
        }
    }

    public void problem(String field, String key, Object... args) {
        if (!has(field)) {
            String fallback = messages.getMessage(prefix + ".answerMissing", null, locale);
            problems.add(new FormErrors.Problem(field, messages.getMessage(key, args, fallback, locale)));
        }
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    public FormErrors errors() {
        return new FormErrors(List.copyOf(problems));
    }

    /** The day, month and year boxes of a GOV.UK date input. */
    public record DateParts(String day, String month, String year) {

        public boolean blank() {
            return (day == null || day.isBlank()) && (month == null || month.isBlank()) && (year == null || year.isBlank());
        }

        public static DateParts of(LocalDate date) {
            return date == null ? new DateParts("", "", "")
                    : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                            String.valueOf(date.getYear()));
        }
    }
}
