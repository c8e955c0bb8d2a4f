package org.thirdsectorhub.commissioning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.thirdsectorhub.identity.HubUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.exercise.EvidenceChanges;
import org.thirdsectorhub.commissioning.exercise.Exercise;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.FormChecks;

/**
 * One question page for the rest of an exercise's evidence: advocates, pre-market engagement, the
 * capacity decision, sector input, service changes, feedback and the review. {@code part} names which.
 */
@Controller
class MoreEvidenceFormsController {

    static final Set<String> PARTS = Set.of("advocates", "engagement", "capacity", "sector-input", "service-change",
            "feedback", "review");
    private static final Set<String> VOICES = Set.of("USERS", "COMMUNITIES", "PROVIDERS");

    private final Exercises exercises;
    private final OrganisationManagement organisations;
    private final MessageSource messages;

    MoreEvidenceFormsController(Exercises exercises, OrganisationManagement organisations, MessageSource messages) {
        this.exercises = exercises;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/commissioning/exercises/{id}/evidence/{part}")
    String form(@PathVariable UUID id, @PathVariable String part, @AuthenticationPrincipal HubUser user, Model model) {
        return page(exercise(id, user), known(part), EvidenceForm.EMPTY, FormErrors.NONE, model);
    }

    @PostMapping("/commissioning/exercises/{id}/evidence/{part}")
    String record(@PathVariable UUID id, @PathVariable String part, @ModelAttribute("form") EvidenceForm form,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Exercise exercise = exercise(id, user);
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        ExerciseEvidence changes = switch (known(part)) {
            case "advocates" -> EvidenceChanges.only(organisationsNamed(checks, form.organisations()), List.of(), null,
                    null, null, List.of(), null);
            case "engagement" -> {
                checks.required("name", form.name(), 200);
                LocalDate on = checks.date("on", form.on(), true);
                var taking = organisationsNamed(checks, form.organisations());
                yield checks.failed() ? null : EvidenceChanges.only(List.of(), List.of(new ExerciseEvidence.Engagement(
                        form.name().strip(), on, "EVENT", taking, "yes".equals(form.flag()), anchor(id))), null, null, null,
                        List.of(), null);
            }
            case "capacity" -> {
                if (form.choice() == null || !Set.of("yes", "no").contains(form.choice())) {
                    checks.problem("choice", "evidence.capacity.choice.required");
                }
                checks.required("summary", form.summary(), 1000);
                yield checks.failed() ? null : EvidenceChanges.only(List.of(), List.of(), new ExerciseEvidence.CapacityDecision(
                        "yes".equals(form.choice()), form.summary().strip(), "yes".equals(form.flag())), null, null,
                        List.of(), null);
            }
            case "sector-input" -> {
                LocalDate on = checks.date("on", form.on(), true);
                checks.required("summary", form.summary(), 1000);
                yield checks.failed() ? null : EvidenceChanges.only(List.of(), List.of(), null,
                        new ExerciseEvidence.SectorInput(on, form.summary().strip(), anchor(id)), null, List.of(), null);
            }
            case "service-change" -> {
                if (form.choice() == null || !Set.of("yes", "no").contains(form.choice())) {
                    checks.problem("choice", "evidence.serviceChange.choice.required");
                }
                yield checks.failed() ? null : EvidenceChanges.only(List.of(), List.of(), null, null,
                        new ExerciseEvidence.ServiceChange("yes".equals(form.choice()), "yes".equals(form.flag()),
                                "yes".equals(form.second()), anchor(id)), List.of(), null);
            }
            case "feedback" -> {
                if (form.choice() == null || !VOICES.contains(form.choice())) {
                    checks.problem("choice", "evidence.feedback.choice.required");
                }
                LocalDate on = checks.date("on", form.on(), true);
                checks.required("summary", form.summary(), 1000);
                yield checks.failed() ? null : EvidenceChanges.only(List.of(), List.of(), null, null, null,
                        List.of(new ExerciseEvidence.Feedback(form.choice(), on, form.summary().strip())), null);
            }
            default -> {
                LocalDate on = checks.date("on", form.on(), true);
                checks.required("summary", form.summary(), 1000);
                yield checks.failed() ? null : EvidenceChanges.only(List.of(), List.of(), null, null, null, List.of(),
                        new ExerciseEvidence.Review(on, form.summary().strip(), anchor(id)));
            }
        };
        if (checks.failed() || changes == null) {
            return page(exercise, part, form, checks.errors(), model);
        }
        exercises.record(id, evidence -> EvidenceChanges.merge(evidence, changes),
                messages.getMessage("evidence." + part + ".audit", null, locale));
        redirect.addFlashAttribute("banner", "recorded");
        return "redirect:/commissioning/exercises/" + id;
    }

    private List<ExerciseEvidence.OrganisationRef> organisationsNamed(FormChecks checks, String names) {
        if (names == null || names.isBlank()) {
            checks.problem("organisations", "evidence.organisations.required");
            return List.of();
        }
        List<ExerciseEvidence.OrganisationRef> found = new ArrayList<>();
        for (String name : names.split("[;\\n]")) {
            if (name.isBlank()) {
                continue;
            }
            var organisation = organisations.findByName(name.strip());
            if (organisation.isEmpty()) {
                checks.problem("organisations", "evidence.organisations.unknown", name.strip());
                return List.of();
            }
            found.add(new ExerciseEvidence.OrganisationRef(organisation.get().id(), organisation.get().name(),
                    organisation.get().thirdSector()));
        }
        return found;
    }

    private static String anchor(UUID exercise) {
        return "/commissioning/exercises/" + exercise + "#evidence";
    }

    private Exercise exercise(UUID id, HubUser user) {
        Exercise exercise = exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        ActingFor.require(user, exercise.ownerOrganisation());
        return exercise;
    }

    private static String known(String part) {
        if (!PARTS.contains(part)) {
            throw new NotFoundException("evidence part " + part);
        }
        return part;
    }

    private static String page(Exercise exercise, String part, EvidenceForm form, FormErrors errors, Model model) {
        model.addAttribute("exercise", exercise);
        model.addAttribute("part", part);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "commissioning/evidence";
    }

    /** The answers any of the parts may give; each part uses some of them. */
    record EvidenceForm(String name, FormChecks.DateParts on, String organisations, String choice, String flag,
            String second, String summary) {
        static final EvidenceForm EMPTY = new EvidenceForm("", null, "", null, null, null, "");
    }
}
