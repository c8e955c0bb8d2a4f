package org.thirdsectorhub.organisations.curation.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.curation.ProfileChanges;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;

/** An organisation's admin proposes changes to its entry; an officer approves them before they show. */
@Controller
class ProfileEditController {

    private final RegisterService register;
    private final ProfileChanges changes;
    private final MessageSource messages;

    ProfileEditController(RegisterService register, ProfileChanges changes, MessageSource messages) {
        this.register = register;
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping("/organisations/{id}/edit")
    String form(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        OrganisationDraft current = current(id, user);
        return page(id, current.name(), ProfileForm.of(current), FormErrors.NONE, model);
    }

    @PostMapping("/organisations/{id}/edit")
    String propose(@PathVariable UUID id, @ModelAttribute("form") ProfileForm form, BindingResult result,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale, RedirectAttributes redirect) {
        OrganisationDraft current = current(id, user);
        Map<String, Object> values = form.check(result, false);
        if (result.hasErrors()) {
            return page(id, current.name(), form, FormErrors.of(result, messages, locale), model);
        }
        OrganisationDraft proposed = org.thirdsectorhub.organisations.curation.CurationDrafts.with(current, values);
        if (proposed.equals(current)) {
            result.reject("curation.edit.nothingChanged");
            return page(id, current.name(), form, FormErrors.of(result, messages, locale), model);
        }
        changes.propose(id, proposed, form.note(), Actor.of(user.userId(), user.email()));
        redirect.addFlashAttribute("banner", messages.getMessage("curation.edit.sent", null, locale));
        return "redirect:/organisations/" + id;
    }

    private OrganisationDraft current(UUID id, HubUser user) {
        OrganisationDraft current = register.latestVersion(id).orElseThrow(() -> new NotFoundException("organisation " + id));
        if (!user.administers(id)) {
            throw new AccessDeniedException("not an admin of " + id);
        }
        return current;
    }

    private static String page(UUID id, String name, ProfileForm form, FormErrors errors, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("organisationName", name);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("newGroup", false);
        return "organisations/profile-edit";
    }
}
