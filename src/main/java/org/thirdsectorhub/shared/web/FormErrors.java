package org.thirdsectorhub.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's errors in the shape GOV.UK pages need: one list for the error summary, in field order,
 * and one message per field for the field itself.
 */
public record FormErrors(List<Problem> problems) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, Problem> byField = new LinkedHashMap<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : "form";
            byField.putIfAbsent(field, new Problem(field, messages.getMessage(error, locale)));
        }
        return new FormErrors(new ArrayList<>(byField.values()));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public String message(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).map(Problem::message).findFirst()
                .orElse(null);
    }

    /** One field's error; {@code field} is also the id of the input the summary links to. */
    public record Problem(String field, String message) {}
}
