package org.thirdsectorhub.commissioning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.FormChecks;

/** Question pages a commissioner uses to start an exercise and record its consultations and route. */
@Controller
class ExerciseFormsController {

    private final Exercises exercises;
    private final OrganisationManagement organisations;
    private final MessageSource messages;

    ExerciseFormsController(Exercises exercises, OrganisationManagement organisations, MessageSource messages) {
        this.exercises = exercises;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/commissioning/exercises/new")
    String newExercise(Model model) {
        model.addAttribute("form", new StartForm("", "", "", "", ""));
        model.addAttribute("errors", FormErrors.NONE);
        return "commissioning/start";
    }

    @PostMapping("/commissioning/exercises/new")
    String start(@ModelAttribute("form") StartForm form, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) {
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        checks.required("title", form.title(), 200);
        checks.required("owner", form.owner(), 200);
        checks.required("serviceArea", form.serviceArea(), 500);
        checks.optional("partners", form.partners(), 500);
        var owner = form.owner() == null || form.owner().isBlank() ? null
                : organisations.findByName(form.owner().strip()).orElse(null);
        if (owner == null && !checks.has("owner")) {
            checks.problem("owner", "commissioning.form.ownerUnknown");
        } else if (owner != null && !user.canActFor(owner.id())) {
            checks.problem("owner", "commissioning.form.notYourBody");
        }
        if (checks.failed()) {
            model.addAttribute("errors", checks.errors());
            return "commissioning/start";
        }
        UUID id = exercises.start(new NewExercise(form.title().strip(), owner.id(), owner.name(),
                form.partners() == null ? "" : form.partners().strip(),
                form.serviceArea().strip(), codes(form.purposes()), List.of()));
        return "redirect:/commissioning/exercises/" + id;
    }

    @GetMapping("/commissioning/exercises/{id}/consultations/new")
    String newConsultation(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        var exercise = exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        ActingFor.require(user, exercise.ownerOrganisation());
        model.addAttribute("exercise", exercise);
        model.addAttribute("form", new ConsultationForm("", null, null, null, ""));
        model.addAttribute("errors", FormErrors.NONE);
        return "commissioning/consultation";
    }

    @PostMapping("/commissioning/exercises/{id}/consultations/new")
    String addConsultation(@PathVariable UUID id, @ModelAttribute("form") ConsultationForm form,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        var exercise = exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        ActingFor.require(user, exercise.ownerOrganisation());
        FormChecks checks = new FormChecks(messages, locale, "commissioning.form");
        checks.required("title", form.title(), 200);
        LocalDate opens = checks.date("opensOn", form.opensOn(), true);
        LocalDate closes = checks.date("closesOn", form.closesOn(), true);
        LocalDate notice = checks.date("noticeGivenOn", form.noticeGivenOn(), false);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            checks.problem("closesOn", "commissioning.form.closesBeforeOpens");
        }
        checks.optional("shorterPeriodReason", form.shorterPeriodReason(), 1000);
        if (checks.failed()) {
            model.addAttribute("exercise", exercise);
            model.addAttribute("errors", checks.errors());
            return "commissioning/consultation";
        }
        exercises.record(id, evidence -> EvidenceChanges.addConsultation(evidence, new ExerciseEvidence.Consultation(
                form.title().strip(), opens, closes, notice, blankToNull(form.shorterPeriodReason()), true,
                "/commissioning/exercises/" + id + "#evidence")),
                "Recorded the consultation \"" + form.title().strip() + "\"");
        redirect.addFlashAttribute("banner", "recorded");
        return "redirect:/commissioning/exercises/" + id;
    }

    private static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[,\\s]+")).stream().filter(code -> code.matches("[1-3][0-9]{2}")).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record StartForm(String title, String owner, String partners, String serviceArea, String purposes) {}

    /** Dates come as three GOV.UK date-input parts each. */
    record ConsultationForm(String title, FormChecks.DateParts opensOn, FormChecks.DateParts closesOn,
            FormChecks.DateParts noticeGivenOn, String shorterPeriodReason) {}
}
