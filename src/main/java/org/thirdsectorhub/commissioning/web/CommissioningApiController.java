package org.thirdsectorhub.commissioning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.conformance.RuleResult;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.shared.web.NotFoundException;

@RestController
@RequestMapping(path = "/api/v1/commissioning", produces = "application/json")
@Tag(name = "Commissioning", description = "Exercises, awards and their conformance with the principles and the Compact")
@SecurityRequirement(name = "bearer")
class CommissioningApiController {

    private final Exercises exercises;
    private final Awards awards;
    private final Judgements judgements;

    CommissioningApiController(Exercises exercises, Awards awards, Judgements judgements) {
        this.exercises = exercises;
        this.awards = awards;
        this.judgements = judgements;
    }

    @GetMapping("/exercises")
    @Operation(summary = "Commissioning exercises, newest change first")
    List<ExerciseSummary> exercises() {
        return exercises.all().stream().map(e -> new ExerciseSummary(e.id(), e.title(), e.ownerOrganisation(),
                e.ownerName(), e.stage(), e.version())).toList();
    }

    @GetMapping("/exercises/{id}/conformance")
    @Operation(summary = "The current judgement of every principle and Compact check for an exercise")
    List<RuleResult> exerciseConformance(@PathVariable UUID id) {
        exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        return judgements.current("EXERCISE", id);
    }

    @GetMapping("/awards")
    @Operation(summary = "Grants, contracts and service agreements")
    List<AwardSummary> awards() {
        return awards.all().stream().map(a -> new AwardSummary(a.id(), a.type(), a.title(), a.funderName(),
                a.recipientOrganisation(), a.recipientName(), a.amount(), a.startsOn(), a.endsOn(), a.status())).toList();
    }

    @GetMapping("/awards/{id}/conformance")
    @Operation(summary = "The current judgement of every Compact check for an award")
    List<RuleResult> awardConformance(@PathVariable UUID id) {
        awards.find(id).orElseThrow(() -> new NotFoundException("award " + id));
        return judgements.current("AWARD", id);
    }

    record ExerciseSummary(UUID id, String title, UUID ownerOrganisation, String ownerName, String stage, int version) {}

    record AwardSummary(UUID id, String type, String title, String funder, UUID recipientOrganisation, String recipient,
            BigDecimal amount, LocalDate startsOn, LocalDate endsOn, String status) {}
}
