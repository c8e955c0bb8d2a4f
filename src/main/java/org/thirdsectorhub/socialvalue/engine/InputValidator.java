package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks an {@link SroiInput} and collects every error before refusing it. */
final class InputValidator {

    private static final String KNOWN_PARAMETERS = Stream.of(OutcomeParameter.values())
            .map(OutcomeParameter::fieldName).collect(Collectors.joining(", "));

    private InputValidator() {
    }

    /**
     * @param input the input to check
     * @throws SroiValidationException listing every error when any is found
     */
    static void validate(SroiInput input) {
        List<FieldError> errors = new ArrayList<>();
        validateRate("discountRate", input.discountRate(), errors);
        if (input.discountRateAfterYear30() != null) {
            validateRate("discountRateAfterYear30", input.discountRateAfterYear30(), errors);
        }
        validateInvestment(input, errors);
        validateOutcomes(input.outcomes(), errors);
        MonteCarloSettings monteCarlo = input.monteCarlo();
        if (monteCarlo != null
                && (monteCarlo.iterations() < 1 || monteCarlo.iterations() > MonteCarloSettings.MAX_ITERATIONS)) {
            errors.add(new FieldError("monteCarlo.iterations", "Iterations must be between 1 and 1,000,000"));
        }
        if (!errors.isEmpty()) {
            throw new SroiValidationException(errors);
        }
    }

    private static void validateRate(String field, BigDecimal rate, List<FieldError> errors) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError(field, "Discount rate must be between 0 and 1"));
        }
    }

    private static void validateInvestment(SroiInput input, List<FieldError> errors) {
        if (input.investment() != null && !input.investments().isEmpty()) {
            errors.add(new FieldError("investments", "Give either investment or investments, not both"));
            return;
        }
        if (input.investment() != null) {
            if (input.investment().signum() <= 0) {
                errors.add(new FieldError("investment", "Investment must be greater than zero"));
            }
            return;
        }
        if (input.investments().isEmpty()) {
            errors.add(new FieldError("investment", "Investment is required"));
            return;
        }
        validateInvestmentSchedule(input.investments(), errors);
    }

    private static void validateInvestmentSchedule(List<Investment> investments, List<FieldError> errors) {
        int before = errors.size();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < investments.size(); i++) {
            String field = "investments[" + i + "]";
            Investment investment = investments.get(i);
            if (investment == null) {
                errors.add(new FieldError(field, "Investment is required"));
                continue;
            }
            if (investment.year() < 0 || investment.year() > OutcomeParameter.MAX_YEARS) {
                errors.add(new FieldError(field + ".year", "Year must be between 0 and " + OutcomeParameter.MAX_YEARS));
            }
            if (investment.amount() == null) {
                errors.add(new FieldError(field + ".amount", "Amount is required"));
            } else if (investment.amount().signum() < 0) {
                errors.add(new FieldError(field + ".amount", "Amount must not be negative"));
            } else {
                total = total.add(investment.amount());
            }
            if (investment.uncertainty() != null) {
                DistributionValidator.validate(field + ".uncertainty", investment.uncertainty(),
                        OutcomeParameter.Kind.AMOUNT, investment.amount(), errors);
            }
        }
        if (errors.size() == before && total.signum() == 0) {
            errors.add(new FieldError("investments", "Investment must be greater than zero"));
        }
    }

    private static void validateOutcomes(List<Outcome> outcomes, List<FieldError> errors) {
        if (outcomes.isEmpty()) {
            errors.add(new FieldError("outcomes", "At least one outcome is required"));
        }
        for (int i = 0; i < outcomes.size(); i++) {
            String field = "outcomes[" + i + "]";
            Outcome outcome = outcomes.get(i);
            if (outcome == null) {
                errors.add(new FieldError(field, "Outcome is required"));
            } else {
                validateOutcome(field, outcome, errors);
            }
        }
    }

    private static void validateOutcome(String field, Outcome outcome, List<FieldError> errors) {
        if (outcome.name() == null || outcome.name().isBlank()) {
            errors.add(new FieldError(field + ".name", "Name is required"));
        }
        for (OutcomeParameter parameter : OutcomeParameter.values()) {
            validateParameter(field, outcome, parameter, errors);
        }
        if (outcome.startYear() < 1 || outcome.startYear() > OutcomeParameter.MAX_YEARS) {
            errors.add(new FieldError(field + ".startYear",
                    "Start year must be between 1 and " + OutcomeParameter.MAX_YEARS));
        }
        validateUncertainty(field, outcome, errors);
        for (Map.Entry<String, EvidenceGrade> grade : outcome.evidence().entrySet()) {
            String gradeField = field + ".evidence." + grade.getKey();
            if (OutcomeParameter.fromFieldName(grade.getKey()).isEmpty()) {
                errors.add(new FieldError(gradeField, "Unknown assumption; use one of " + KNOWN_PARAMETERS));
            } else if (grade.getValue() == null) {
                errors.add(new FieldError(gradeField, "Evidence grade is required"));
            }
        }
    }

    private static void validateParameter(String field, Outcome outcome, OutcomeParameter parameter,
            List<FieldError> errors) {
        String parameterField = field + "." + parameter.fieldName();
        BigDecimal value = outcome.value(parameter);
        if (value == null) {
            errors.add(new FieldError(parameterField, parameter.label() + " is required"));
        } else if (!parameter.kind().contains(value)) {
            errors.add(new FieldError(parameterField, switch (parameter.kind()) {
                case AMOUNT -> parameter.label() + " must not be negative";
                case FRACTION -> parameter.label() + " must be between 0 and 1";
                case YEARS -> parameter.label() + " must be between 1 and " + OutcomeParameter.MAX_YEARS + " years";
            }));
        }
    }

    private static void validateUncertainty(String field, Outcome outcome, List<FieldError> errors) {
        for (Map.Entry<String, Distribution> entry : outcome.uncertainty().entrySet()) {
            String uncertaintyField = field + ".uncertainty." + entry.getKey();
            var parameter = OutcomeParameter.fromFieldName(entry.getKey());
            if (parameter.isEmpty()) {
                errors.add(new FieldError(uncertaintyField, "Unknown assumption; use one of " + KNOWN_PARAMETERS));
            } else if (entry.getValue() == null) {
                errors.add(new FieldError(uncertaintyField, "Distribution is required"));
            } else {
                BigDecimal central = outcome.value(parameter.get());
                DistributionValidator.validate(uncertaintyField, entry.getValue(), parameter.get().kind(),
                        central != null && parameter.get().kind().contains(central) ? central : null, errors);
            }
        }
    }
}
