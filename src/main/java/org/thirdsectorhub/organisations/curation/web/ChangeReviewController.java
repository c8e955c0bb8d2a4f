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
import org.thirdsectorhub.organisations.curation.Claims;
import org.thirdsectorhub.organisations.curation.NewGroups;
import org.thirdsectorhub.organisations.curation.ProfileChanges;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.web.FormErrors;

/** Officers' queue of proposed profile changes, the side-by-side review, each profile's history and roll back. */
@Controller
class ChangeReviewController {

    private final ProfileChanges changes;
    private final Claims claims;
    private final NewGroups newGroups;
    private final RegisterService register;
    private final MessageSource messages;

    ChangeReviewController(ProfileChanges changes, Claims claims, NewGroups newGroups, RegisterService register,
            MessageSource messages) {
        this.changes = changes;
        this.claims = claims;
        this.newGroups = newGroups;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/register")
    String index(Model model) {
        model.addAttribute("changes", changes.pending().size());
        model.addAttribute("claims", claims.pending().size());
        model.addAttribute("newGroups", newGroups.pending().size());
        return "organisations/curation-index";
    }

    @GetMapping("/register/changes")
    String queue(Model model) {
        model.addAttribute("pending", changes.pending());
        return "organisations/changes";
    }

    @GetMapping("/register/changes/{id}")
    String review(@PathVariable UUID id, Model model) {
        return page(id, "", FormErrors.NONE, model);
    }

    @PostMapping("/register/changes/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale) {
        boolean done = changes.approve(id, reason);
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.change.approved" : "curation.alreadyDecided",
                null, locale));
        return "redirect:/register/changes";
    }

    @PostMapping("/register/changes/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, Locale locale,
            RedirectAttributes redirect) {
        Reason given = new Reason(reason);
        if (!given.acceptable()) {
            return page(id, reason, given.problem("reason", messages, locale), model);
        }
        boolean done = changes.reject(id, given.text());
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.change.rejected" : "curation.alreadyDecided",
                null, locale));
        return "redirect:/register/changes";
    }

    @GetMapping("/organisations/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("versions", changes.history(id));
        model.addAttribute("organisationName", register.latestVersion(id).map(draft -> draft.name()).orElse(""));
        return "organisations/history";
    }

    @PostMapping("/organisations/{id}/history/{number}/rollback")
    String rollBack(@PathVariable UUID id, @PathVariable int number, RedirectAttributes redirect, Locale locale) {
        boolean done = changes.rollBack(id, number, "");
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.rolledBack" : "curation.rollback.same",
                new Object[] {number}, locale));
        return "redirect:/organisations/" + id + "/history";
    }

    private String page(UUID id, String reason, FormErrors errors, Model model) {
        model.addAttribute("change", changes.review(id));
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        return "organisations/change-review";
    }

}
