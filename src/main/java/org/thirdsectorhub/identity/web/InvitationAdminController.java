package org.thirdsectorhub.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.Invitations;
import org.thirdsectorhub.shared.web.FormErrors;

/** Administrators invite people by email and withdraw invitations not yet accepted. */
@Controller
class InvitationAdminController {

    private final Invitations invitations;
    private final MessageSource messages;

    InvitationAdminController(Invitations invitations, MessageSource messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/admin/users/invite")
    String form(Model model) {
        return page(new InviteForm("", "", List.of(), "", Role.ORGANISATION_MEMBER.name()), FormErrors.NONE, model);
    }

    @PostMapping("/admin/users/invite")
    String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult result,
            @AuthenticationPrincipal HubUser admin, Model model, Locale locale, RedirectAttributes redirect) {
        UUID organisation = UserAdminController.parseUuid(form.organisationId());
        boolean organisationGiven = form.organisationId() != null && !form.organisationId().isBlank();
        if (organisationGiven && organisation == null) {
            result.rejectValue("organisationId", "identity.organisationId.invalid");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.roles() == null ? List.<String>of() : form.roles()) {
            Role role = Role.hubWide().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (role == null) {
                result.rejectValue("roles", "identity.invite.rolesInvalid");
                break;
            }
            roles.add(role);
        }
        if (roles.isEmpty() && !organisationGiven) {
            result.rejectValue("roles", "identity.invite.rolesRequired");
        }
        if (!result.hasFieldErrors("email") && invitations.accountExists(form.email())) {
            result.rejectValue("email", "identity.invite.accountExists");
        }
        if (result.hasErrors()) {
            return page(form, FormErrors.of(result, messages, locale), model);
        }
        Role organisationRole = "ORGANISATION_ADMIN".equals(form.organisationRole()) ? Role.ORGANISATION_ADMIN
                : Role.ORGANISATION_MEMBER;
        invitations.invite(new Invitations.NewInvitation(form.email(), form.displayName(), roles, organisation,
                organisationRole), admin.userId());
        redirect.addFlashAttribute("banner", messages.getMessage("invite.sent", new Object[] {form.email().strip()}, locale));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/invitations/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        invitations.withdraw(id);
        redirect.addFlashAttribute("banner", messages.getMessage("invite.withdrawn", null, locale));
        return "redirect:/admin/users";
    }

    private static String page(InviteForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("hubWideRoles", Role.hubWide());
        return "identity/invite";
    }

    record InviteForm(
            @NotBlank(message = "{identity.name.required}") @Size(max = 100, message = "{identity.name.tooLong}") String displayName,
            @NotBlank(message = "{identity.email.required}") @Email(message = "{identity.email.invalid}")
            @Size(max = 320, message = "{identity.email.tooLong}") String email,
            List<String> roles,
            String organisationId,
            String organisationRole) {}
}
