package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks the inputs of an impact map, which the outcome checks of {@link InputValidator} do not see. */
final class ImpactMapValidator {

    private ImpactMapValidator() {
    }

    static void validate(ImpactMap map) {
        List<FieldError> errors = new ArrayList<>();
        if (map.inputs().isEmpty()) {
            errors.add(new FieldError("inputs", "At least one input is required"));
        }
        for (int i = 0; i < map.inputs().size(); i++) {
            validateInput("inputs[" + i + "]", map.inputs().get(i), errors);
        }
        if (!errors.isEmpty()) {
            throw new SroiValidationException(errors);
        }
    }

    private static void validateInput(String field, ImpactInput input, List<FieldError> errors) {
        if (input.kind() == null) {
            errors.add(new FieldError(field + ".kind", "Kind of input is required"));
            return;
        }
        if (input.year() < 0 || input.year() > OutcomeParameter.MAX_YEARS) {
            errors.add(new FieldError(field + ".year", "Year must be between 0 and " + OutcomeParameter.MAX_YEARS));
        }
        if (input.kind() == InputKind.VOLUNTEER_TIME) {
            requireNonNegative(field + ".hours", "Hours", input.hours(), errors);
            requireNonNegative(field + ".hourlyRate", "Hourly rate", input.hourlyRate(), errors);
        } else {
            requireNonNegative(field + ".amount", "Amount", input.amount(), errors);
        }
    }

    private static void requireNonNegative(String field, String label, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, label + " is required"));
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, label + " must not be negative"));
        }
    }
}
