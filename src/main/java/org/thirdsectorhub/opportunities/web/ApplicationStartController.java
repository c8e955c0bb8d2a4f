package org.thirdsectorhub.opportunities.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.opportunities.application.Submissions;
import org.thirdsectorhub.opportunities.round.RefusedChange;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.FormChecks;

/** Starting an application, the list of an organisation's applications, each one's task list, and withdrawing. */
@Controller
class ApplicationStartController {

    private final Rounds rounds;
    private final Applications applications;
    private final ApplicationDrafts drafts;
    private final Submissions submissions;
    private final ApplicantAccess access;
    private final CommissionerBodies organisations;
    private final MessageSource messages;

    ApplicationStartController(Rounds rounds, Applications applications, ApplicationDrafts drafts,
            Submissions submissions, ApplicantAccess access, CommissionerBodies organisations, MessageSource messages) {
        this.rounds = rounds;
        this.applications = applications;
        this.drafts = drafts;
        this.submissions = submissions;
        this.access = access;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/opportunities/{reference}/apply")
    String startPage(@PathVariable String reference, @AuthenticationPrincipal HubUser user, Model model) {
        return startPage(model, user, open(reference), "", FormErrors.NONE);
    }

    @PostMapping("/opportunities/{reference}/apply")
    String start(@PathVariable String reference, @RequestParam(required = false) String organisation,
            @AuthenticationPrincipal HubUser user, Model model, Locale locale) {
        Round round = open(reference);
        List<OrganisationSummary> mine = applicants(user, round);
        UUID picked = RoundFormsController.uuid(organisation);
        if (picked == null || mine.stream().noneMatch(org -> org.id().equals(picked))) {
            FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
            checks.problem("organisation", "opportunities.form.organisation.required");
            return startPage(model, user, round, organisation, checks.errors());
        }
        Optional<UUID> live = applications.liveFor(round.id(), picked);
        if (live.isPresent()) {
            return "redirect:/applications/" + live.get();
        }
        OrganisationSummary org = organisations.require(user, picked);
        return "redirect:/applications/" + drafts.start(round, org.id(), org.name(), user.userId());
    }

    private String startPage(Model model, HubUser user, Round round, String organisation, FormErrors errors) {
        List<OrganisationSummary> mine = applicants(user, round);
        model.addAttribute("round", round);
        model.addAttribute("organisations", mine);
        model.addAttribute("organisation", organisation);
        model.addAttribute("existing", mine.stream().map(org -> applications.liveFor(round.id(), org.id()))
                .flatMap(Optional::stream).toList());
        model.addAttribute("errors", errors);
        return "opportunities/apply";
    }

    private List<OrganisationSummary> applicants(HubUser user, Round round) {
        return organisations.of(user).stream().filter(org -> !org.id().equals(round.ownerOrganisation())).toList();
    }

    private Round open(String reference) {
        Round round = rounds.findByReference(reference).filter(Round::published)
                .orElseThrow(() -> new NotFoundException("opportunity " + reference));
        if (!round.acceptsApplications(rounds.now())) {
            throw new RefusedChange("opportunities.refused.notOpen");
        }
        return round;
    }

    @GetMapping("/applications")
    String yours(@AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("applications", applications.ofOrganisations(user.organisations().keySet()));
        model.addAttribute("now", rounds.now());
        return "opportunities/applications";
    }

    @GetMapping("/applications/{id}")
    String taskList(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.view(id, user);
        Round round = access.round(application);
        model.addAttribute("app", application);
        model.addAttribute("round", round);
        model.addAttribute("editable", application.draft() && round.acceptsApplications(rounds.now()));
        model.addAttribute("withdrawable", ("DRAFT".equals(application.status()) || "SUBMITTED".equals(application.status()))
                && round.acceptsApplications(rounds.now()));
        model.addAttribute("gaps", submissions.gaps(application, round).stream().map(Submissions.Gap::page).toList());
        return "opportunities/application";
    }

    @GetMapping("/applications/{id}/withdraw")
    String withdrawPage(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.view(id, user);
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        return "opportunities/withdraw";
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, RedirectAttributes redirect) {
        access.view(id, user);
        submissions.withdraw(id);
        redirect.addFlashAttribute("banner", "opportunities.withdrawn");
        return "redirect:/applications";
    }

    @GetMapping("/applications/{id}/submitted")
    String submitted(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        ApplicationView application = access.view(id, user);
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        return "opportunities/submitted";
    }
}
