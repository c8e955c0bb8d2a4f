package org.thirdsectorhub.socialvalue.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input is refused; carries every field error found, not just the first. */
public class SroiValidationException extends RuntimeException {

    private final List<FieldError> errors;

    /** @param errors the errors, at least one */
    public SroiValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** @return every field error, in the order of the input */
    public List<FieldError> errors() {
        return errors;
    }
}
