package org.thirdsectorhub.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.OrganisationNames;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.AccountAdministration;
import org.thirdsectorhub.identity.account.Invitations;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.PageLinks;

/** Administrators' view of accounts: search, roles, organisation memberships, deactivation. */
@Controller
class UserAdminController {

    private static final int PAGE_SIZE = 25;

    private final AccountAdministration accounts;
    private final Invitations invitations;
    private final ObjectProvider<OrganisationNames> organisationNames;
    private final MessageSource messages;

    UserAdminController(AccountAdministration accounts, Invitations invitations,
            ObjectProvider<OrganisationNames> organisationNames, MessageSource messages) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.organisationNames = organisationNames;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "1") int page, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        long total = accounts.count(text, role);
        model.addAttribute("q", text);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("total", total);
        model.addAttribute("users", accounts.search(text, role, page, PAGE_SIZE));
        model.addAttribute("pages", PageLinks.of(ServletUriComponentsBuilder.fromCurrentRequest(), page, total, PAGE_SIZE));
        model.addAttribute("invitations", invitations.pending());
        model.addAttribute("errors", FormErrors.NONE);
        return "identity/users";
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable UUID id, Model model) {
        return page(accounts.get(id), new MembershipForm(""), FormErrors.NONE, model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String setRoles(@PathVariable UUID id, @RequestParam(required = false) List<Role> roles,
            RedirectAttributes redirect, Locale locale) {
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        accounts.setRoles(id, wanted);
        return done(id, "user.roles.saved", redirect, locale);
    }

    @PostMapping("/admin/users/{id}/memberships")
    String addMembership(@PathVariable UUID id, @RequestParam(required = false) String organisationId,
            @RequestParam(defaultValue = "ORGANISATION_MEMBER") Role organisationRole, Model model, Locale locale,
            RedirectAttributes redirect) {
        UUID organisation = parseUuid(organisationId);
        if (organisation == null || !organisationRole.organisationScoped()) {
            FormErrors errors = new FormErrors(List.of(new FormErrors.Problem("organisationId",
                    messages.getMessage("identity.organisationId.invalid", null, locale))));
            return page(accounts.get(id), new MembershipForm(organisationId), errors, model);
        }
        accounts.addMembership(id, organisation, organisationRole);
        return done(id, "user.membership.added", redirect, locale);
    }

    @PostMapping("/admin/users/{id}/memberships/{organisationId}/remove")
    String removeMembership(@PathVariable UUID id, @PathVariable UUID organisationId, RedirectAttributes redirect,
            Locale locale) {
        accounts.removeMembership(id, organisationId);
        return done(id, "user.membership.removed", redirect, locale);
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal HubUser admin, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (id.equals(admin.userId())) {
            FormErrors errors = new FormErrors(List.of(new FormErrors.Problem("form",
                    messages.getMessage("identity.admin.cannotDeactivateSelf", null, locale))));
            return page(accounts.get(id), new MembershipForm(""), errors, model);
        }
        accounts.deactivate(id, admin.userId());
        return done(id, "user.deactivated", redirect, locale);
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        accounts.reactivate(id);
        return done(id, "user.reactivated", redirect, locale);
    }

    private String page(UserAccount user, MembershipForm form, FormErrors errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("hubWideRoles", Role.hubWide());
        model.addAttribute("membershipForm", form);
        model.addAttribute("organisationNames", organisationNames.getIfAvailable(() -> OrganisationNames.BY_ID));
        model.addAttribute("errors", errors);
        return "identity/user";
    }

    private String done(UUID id, String messageKey, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("banner", messages.getMessage(messageKey, null, locale));
        return "redirect:/admin/users/" + id;
    }

    static UUID parseUuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record MembershipForm(String organisationId) {}
}
