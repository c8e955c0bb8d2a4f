package org.thirdsectorhub.socialvalue.engine;

/**
 * One refused input.
 *
 * @param field path of the field as in the JSON body, e.g. {@code "outcomes[2].deadweight"}
 * @param message what is wrong, for a person to read, e.g. "Deadweight must be between 0 and 1"
 */
public record FieldError(String field, String message) {
}
