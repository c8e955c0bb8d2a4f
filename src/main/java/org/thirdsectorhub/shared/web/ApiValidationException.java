package org.thirdsectorhub.shared.web;

import java.util.List;

/** A JSON request with invalid fields: answered as 400 problem+json listing each field and why. */
public class ApiValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ApiValidationException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {}
}
