package org.thirdsectorhub.socialvalue.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thirdsectorhub.shared.web.ApiValidationException;
import org.thirdsectorhub.socialvalue.engine.Distribution;
import org.thirdsectorhub.socialvalue.engine.DistributionType;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.Investment;
import org.thirdsectorhub.socialvalue.engine.MonteCarloSettings;
import org.thirdsectorhub.socialvalue.engine.Outcome;
import org.thirdsectorhub.socialvalue.engine.SroiInput;

/** The body of {@code POST /api/v1/sroi/calculations}; fractions are 0–1. */
@Schema(description = "An impact map to calculate. Give either investment (a year-0 amount) or investments.")
record CalculationRequest(
        @Schema(description = "Yearly discount rate, default 0.035 (HM Treasury Green Book)", example = "0.035")
        BigDecimal discountRate,
        @Schema(description = "Rate for years after 30 (the Green Book's 0.03); omit to keep discountRate throughout")
        BigDecimal discountRateAfterYear30,
        @Schema(description = "Investment made in year 0", example = "100000")
        BigDecimal investment,
        @Schema(description = "Investment per year, instead of investment; year 0 is undiscounted")
        List<InvestmentRequest> investments,
        List<OutcomeRequest> outcomes,
        @Schema(description = "Whether to run the sensitivity analysis (the tornado and break-even values)")
        Boolean sensitivity,
        @Schema(description = "Run a seeded Monte Carlo simulation; the same seed gives the same answer")
        MonteCarloRequest monteCarlo) {

    record InvestmentRequest(@Schema(type = "integer", example = "0") BigDecimal year, BigDecimal amount, DistributionRequest uncertainty) {}

    record OutcomeRequest(
            String name,
            String stakeholder,
            String indicator,
            BigDecimal quantity,
            BigDecimal proxyValue,
            String proxySource,
            @Schema(type = "integer", example = "3") BigDecimal durationYears,
            @Schema(type = "integer", description = "Year of the analysis in which the outcome first occurs, default 1")
            BigDecimal startYear,
            BigDecimal deadweight,
            BigDecimal displacement,
            BigDecimal attribution,
            BigDecimal dropOff,
            @Schema(description = "Distributions keyed by field: quantity, proxyValue, deadweight, displacement, "
                    + "attribution, dropOff, durationYears")
            Map<String, DistributionRequest> uncertainty,
            @Schema(description = "Evidence grades (strong, medium, weak) keyed by the same field names")
            Map<String, String> evidence) {}

    @Schema(description = "uniform (min, max); triangular and pert (min, mode, max); normal (mean, sd, optional min/max)")
    record DistributionRequest(
            @Schema(example = "triangular", allowableValues = {"uniform", "triangular", "pert", "normal"}) String type,
            BigDecimal min, BigDecimal mode, BigDecimal max, BigDecimal mean, BigDecimal sd) {}

    record MonteCarloRequest(@Schema(type = "integer", example = "10000") BigDecimal iterations, @Schema(example = "42") Long seed) {}

    /** The engine's input; names every field that cannot even be read (unknown type, missing year). */
    SroiInput toInput() {
        List<ApiValidationException.FieldError> errors = new ArrayList<>();
        List<Investment> schedule = null;
        if (investments != null) {
            schedule = new ArrayList<>();
            for (int i = 0; i < investments.size(); i++) {
                InvestmentRequest item = investments.get(i);
                String path = "investments[" + i + "]";
                if (item == null) {
                    errors.add(new ApiValidationException.FieldError(path, "Investment must not be empty"));
                    continue;
                }
                if (item.year() == null) {
                    errors.add(new ApiValidationException.FieldError(path + ".year", "Enter the year of the investment, 0 for up front"));
                }
                Integer year = whole(item.year(), path + ".year", "Year", errors);
                schedule.add(new Investment(year == null ? 0 : year, item.amount(),
                        distribution(item.uncertainty(), path + ".uncertainty", errors)));
            }
        }
        List<Outcome> mapped = null;
        if (outcomes != null) {
            mapped = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                OutcomeRequest item = outcomes.get(i);
                String path = "outcomes[" + i + "]";
                if (item == null) {
                    errors.add(new ApiValidationException.FieldError(path, "Outcome must not be empty"));
                    continue;
                }
                Map<String, Distribution> uncertainty = new LinkedHashMap<>();
                if (item.uncertainty() != null) {
                    item.uncertainty().forEach((field, d) -> uncertainty.put(field,
                            distribution(d, path + ".uncertainty." + field, errors)));
                }
                Map<String, EvidenceGrade> evidence = new LinkedHashMap<>();
                if (item.evidence() != null) {
                    item.evidence().forEach((field, grade) -> {
                        try {
                            evidence.put(field, EvidenceGrade.valueOf(grade.strip().toUpperCase(Locale.ROOT)));
                        } catch (RuntimeException e) {
                            errors.add(new ApiValidationException.FieldError(path + ".evidence." + field,
                                    "Evidence grade must be strong, medium or weak"));
                        }
                    });
                }
                mapped.add(new Outcome(item.name(), item.stakeholder(), item.indicator(), item.quantity(),
                        item.proxyValue(), item.proxySource(), null,
                        whole(item.durationYears(), path + ".durationYears", "Duration", errors),
                        whole(item.startYear(), path + ".startYear", "Start year", errors),
                        item.deadweight(), item.displacement(), item.attribution(), item.dropOff(), uncertainty, evidence));
            }
        }
        Integer iterations = monteCarlo == null ? null
                : whole(monteCarlo.iterations(), "monteCarlo.iterations", "Iterations", errors);
        if (!errors.isEmpty()) {
            throw new ApiValidationException("The calculation request has invalid fields", errors);
        }
        MonteCarloSettings settings = monteCarlo == null ? null : new MonteCarloSettings(iterations, monteCarlo.seed());
        return new SroiInput(discountRate, discountRateAfterYear30, investment, schedule, mapped,
                Boolean.TRUE.equals(sensitivity), settings);
    }

    /** A whole number, or null when absent; 2.5 or 1e12 is an error rather than silently truncated. */
    private static Integer whole(BigDecimal value, String path, String label,
            List<ApiValidationException.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new ApiValidationException.FieldError(path, value.stripTrailingZeros().scale() > 0
                    ? label + " must be a whole number" : label + " is too large"));
            return null;
        }
    }

    private static Distribution distribution(DistributionRequest request, String path,
            List<ApiValidationException.FieldError> errors) {
        if (request == null) {
            return null;
        }
        if (request.type() == null || request.type().isBlank()) {
            errors.add(new ApiValidationException.FieldError(path + ".type",
                    "Give the distribution's type: uniform, triangular, pert or normal"));
            return null;
        }
        try {
            DistributionType type = DistributionType.fromName(request.type());
            return new Distribution(type, request.min(), request.mode(), request.max(), request.mean(), request.sd());
        } catch (IllegalArgumentException e) {
            errors.add(new ApiValidationException.FieldError(path + ".type",
                    "Distribution type must be uniform, triangular, pert or normal"));
            return null;
        }
    }
}
