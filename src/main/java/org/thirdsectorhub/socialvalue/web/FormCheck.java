package org.thirdsectorhub.socialvalue.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.thirdsectorhub.shared.web.FormErrors;

/**
 * Reads the text a person typed into a question page and collects one GOV.UK error message per field.
 * Every method returns null for a value it could not read.
 */
final class FormCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MessageSource messages;
    private final Locale locale;
    private final List<FormErrors.Problem> problems = new ArrayList<>();

    FormCheck(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void fail(String field, String key, Object... args) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FormErrors.Problem(field, messages.getMessage(key, args, locale)));
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    FormErrors errors() {
        return new FormErrors(List.copyOf(problems));
    }

    String text(String field, String value, int maxLength, String label, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                fail(field, "sroi.form.required", inSentence(label));
            }
            return required ? null : "";
        }
        if (text.length() > maxLength) {
            fail(field, "sroi.form.tooLong", label, maxLength);
            return null;
        }
        return text;
    }

    /** A number of 0 or more, like 1,250.50 or £1250. */
    BigDecimal amount(String field, String value, String label, boolean required) {
        String text = value == null ? "" : value.strip().replace(",", "").replace("£", "");
        if (text.isEmpty()) {
            if (required) {
                fail(field, "sroi.form.required", inSentence(label));
            }
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.signum() < 0) {
                fail(field, "sroi.form.notNegative", label);
                return null;
            }
            if (number.precision() - number.scale() > 13 || number.scale() > 6) {
                fail(field, "sroi.form.number", label);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(field, "sroi.form.number", label);
            return null;
        }
    }

    Integer whole(String field, String value, String label, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            fail(field, "sroi.form.required", inSentence(label));
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number < min || number > max) {
                fail(field, "sroi.form.between", label, min, max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(field, "sroi.form.wholeNumber", label);
            return null;
        }
    }

    /** A percentage typed as 0–100 (a % sign is allowed), returned as a fraction 0–1. */
    BigDecimal percent(String field, String value, String label) {
        String text = value == null ? "" : value.strip().replace("%", "").strip();
        if (text.isEmpty()) {
            fail(field, "sroi.form.required", inSentence(label));
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.signum() < 0 || number.compareTo(HUNDRED) > 0 || number.scale() > 4) {
                fail(field, "sroi.form.percent", label);
                return null;
            }
            return number.divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros();
        } catch (NumberFormatException e) {
            fail(field, "sroi.form.percent", label);
            return null;
        }
    }

    /** A preset radio (0, 25, 50, 75, 100) or "other" with a typed percentage. */
    BigDecimal preset(String field, String choice, String other, String label) {
        if (choice == null || choice.isBlank()) {
            fail(field, "sroi.form.choose", inSentence(label));
            return null;
        }
        if (choice.equals("other")) {
            return percent(field + "Other", other, label);
        }
        return percent(field, choice, label);
    }

    /** "Duration in years" as it reads mid-sentence: "Enter duration in years". Acronyms keep their capitals. */
    static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    static String percentText(BigDecimal fraction) {
        return fraction == null ? "" : fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    /** The radio to select for a stored fraction: a preset, or "other". */
    static String presetChoice(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        String percent = percentText(fraction);
        return List.of("0", "25", "50", "75", "100").contains(percent) ? percent : "other";
    }
}
