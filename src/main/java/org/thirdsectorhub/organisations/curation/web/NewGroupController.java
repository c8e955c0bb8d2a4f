package org.thirdsectorhub.organisations.curation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.curation.CurationDrafts;
import org.thirdsectorhub.organisations.curation.NewGroups;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;

/**
 * A signed-in person adds a group that is on no register; it waits for an officer. Signing in is asked
 * for so that the officer knows whom to ask, the person can be told the outcome, and a flood of
 * anonymous junk cannot fill the queue.
 */
@Controller
class NewGroupController {

    private final NewGroups newGroups;
    private final MessageSource messages;

    NewGroupController(NewGroups newGroups, MessageSource messages) {
        this.newGroups = newGroups;
        this.messages = messages;
    }

    @GetMapping("/register/new-group")
    String form(Model model) {
        return page(ProfileForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/register/new-group")
    String submit(@ModelAttribute("form") ProfileForm form, BindingResult result, @AuthenticationPrincipal HubUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, Object> values = form.check(result, true);
        if (result.hasErrors()) {
            return page(form, FormErrors.of(result, messages, locale), model);
        }
        LegalForm legalForm = (LegalForm) values.get("legalForm");
        OrganisationDraft base = new OrganisationDraft((String) values.get("name"), List.of(), legalForm,
                OrganisationStatus.ACTIVE, "", null, List.of(), Set.of(), Set.of(), Set.of("E06000042"), null, null, null,
                null, null, null, null, null, null, null, null, List.of(), List.of(), false, false, ProfitDistribution.NONE,
                false, false);
        newGroups.submit(CurationDrafts.with(base, values), form.runs(), Actor.of(user.userId(), user.email()));
        redirect.addFlashAttribute("banner", messages.getMessage("curation.newGroup.sent", null, locale));
        return "redirect:/organisations";
    }

    @GetMapping("/register/new-groups")
    String queue(Model model) {
        return queue(FormErrors.NONE, model);
    }

    private String queue(FormErrors errors, Model model) {
        model.addAttribute("pending", newGroups.pending());
        model.addAttribute("errors", errors);
        return "organisations/new-groups";
    }

    @PostMapping("/register/new-groups/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        boolean done = newGroups.approve(id, "");
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.newGroup.approved" : "curation.alreadyDecided",
                null, locale));
        return "redirect:/register/new-groups";
    }

    @PostMapping("/register/new-groups/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale, Model model) {
        Reason given = new Reason(reason);
        newGroups.get(id);
        if (!given.acceptable()) {
            return queue(given.problem("reason-" + id, messages, locale), model);
        }
        boolean done = newGroups.reject(id, given.text());
        redirect.addFlashAttribute("banner", messages.getMessage(done ? "curation.newGroup.rejected" : "curation.alreadyDecided",
                null, locale));
        return "redirect:/register/new-groups";
    }

    private static String page(ProfileForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("newGroup", true);
        model.addAttribute("legalForms", LegalForm.values());
        return "organisations/profile-edit";
    }
}
