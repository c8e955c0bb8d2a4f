package org.thirdsectorhub.socialvalue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.thirdsectorhub.shared.web.ApiValidationException;
import org.thirdsectorhub.socialvalue.engine.SroiEngine;
import org.thirdsectorhub.socialvalue.engine.SroiResult;
import org.thirdsectorhub.socialvalue.engine.SroiValidationException;
import tools.jackson.core.JacksonException;

/** The public SROI calculator: stateless, no token needed; the hub's own pages use the same engine. */
@RestController
@Tag(name = "SROI calculator", description = "Social return on investment: ratio, sensitivity and Monte Carlo")
class CalculationApiController {

    static final String EXAMPLE = """
            { "discountRate": 0.035,
              "investment": 100000,
              "outcomes": [
                { "name": "Reduced loneliness", "stakeholder": "Older people", "quantity": 40, "proxyValue": 2500.0,
                  "durationYears": 3, "startYear": 1, "deadweight": 0.25, "displacement": 0.0,
                  "attribution": 0.1, "dropOff": 0.2,
                  "uncertainty": { "deadweight": {"type": "triangular", "min": 0.1, "mode": 0.25, "max": 0.5},
                                   "proxyValue": {"type": "uniform", "min": 2000, "max": 3000} } } ],
              "sensitivity": true,
              "monteCarlo": { "iterations": 10000, "seed": 42 } }""";

    private final SroiEngine engine = new SroiEngine();

    @PostMapping(path = "/api/v1/sroi/calculations", produces = "application/json")
    @Operation(summary = "Calculate the SROI of an impact map",
            description = "Public and stateless: no token, nothing stored. Returns the total present value, NPV, SROI "
                    + "and net SROI ratios, payback in months, value per year, per outcome and per stakeholder; with "
                    + "\"sensitivity\": true the tornado with break-even values; with \"monteCarlo\" a seeded "
                    + "simulation (mean, percentiles, probability of a ratio of at least 1, histogram). Numbers are "
                    + "unrounded. Fractions are 0 to 1; distribution types are case-insensitive.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "befriending", value = EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The figures"),
                @ApiResponse(responseCode = "400", description = "Invalid input or malformed JSON, as "
                        + "application/problem+json with an \"errors\" list of {field, message}",
                        content = @Content(mediaType = "application/problem+json"))
            })
    SroiResult calculate(@RequestBody CalculationRequest request) {
        try {
            return engine.calculate(request.toInput());
        } catch (SroiValidationException e) {
            throw new ApiValidationException("The calculation request has invalid fields", e.errors().stream()
                    .map(error -> new ApiValidationException.FieldError(error.field(), error.message())).toList());
        }
    }

    /** Malformed JSON, or a value of the wrong type: 400 problem+json naming the field where it can. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body must be a JSON object as the API documentation describes");
        problem.setTitle("Invalid request");
        String field = exception.getCause() instanceof JacksonException json ? path(json) : "";
        problem.setProperty("errors", List.of(Map.of("field", field.isEmpty() ? "body" : field,
                "message", field.isEmpty() ? "The body is not valid JSON, or is not a JSON object"
                        : "This value has the wrong type, or is not valid JSON")));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path of the offending value, written like the engine's field names: {@code outcomes[0].quantity}. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
