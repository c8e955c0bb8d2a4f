package org.thirdsectorhub.organisations.curation.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.organisations.curation.Deletions;

/** Officers delete organisations, see what was deleted, restore within the window and purge after it. */
@Controller
class DeletionController {

    private final Deletions deletions;
    private final MessageSource messages;

    DeletionController(Deletions deletions, MessageSource messages) {
        this.deletions = deletions;
        this.messages = messages;
    }

    @GetMapping("/register/deleted")
    String deleted(Model model) {
        model.addAttribute("deleted", deletions.deleted());
        model.addAttribute("windowDays", deletions.window().toDays());
        return "organisations/deleted";
    }

    @PostMapping("/register/organisations/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale) {
        Deletions.Outcome outcome = deletions.delete(id, reason == null || reason.isBlank() ? "no reason given" : reason.strip());
        return done(outcome, "curation.deleted", redirect, locale);
    }

    @PostMapping("/register/organisations/{id}/restore")
    String restore(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return done(deletions.restore(id), "curation.restored", redirect, locale);
    }

    @PostMapping("/register/organisations/{id}/purge")
    String purge(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return done(deletions.purge(id), "curation.purged", redirect, locale);
    }

    private String done(Deletions.Outcome outcome, String doneKey, RedirectAttributes redirect, Locale locale) {
        String key = switch (outcome) {
            case DONE -> doneKey;
            case NOT_APPLICABLE -> "curation.deletion.notApplicable";
            case OUTSIDE_WINDOW -> "curation.deletion.outsideWindow";
            case INSIDE_WINDOW -> "curation.deletion.insideWindow";
        };
        redirect.addFlashAttribute("banner", messages.getMessage(key, new Object[] {deletions.window().toDays()}, locale));
        return "redirect:/register/deleted";
    }
}
