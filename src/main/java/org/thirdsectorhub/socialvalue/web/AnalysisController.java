package org.thirdsectorhub.socialvalue.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.AnalysisOwner;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisAccess;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;

/** The list of analyses, creating one, its check-your-answers page, details, sharing, copies and history. */
@Controller
class AnalysisController {

    private final Analyses analyses;
    private final OwnerNames owners;
    private final AnalysisViews views;
    private final MessageSource messages;
    private final Clock clock;

    AnalysisController(Analyses analyses, OwnerNames owners, AnalysisViews views, MessageSource messages, Clock clock) {
        this.analyses = analyses;
        this.owners = owners;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/social-value/analyses")
    String list(@AuthenticationPrincipal HubUser user, Model model) {
        model.addAttribute("analyses", analyses.visibleTo(user).stream().map(a -> views.summary(a, user)).toList());
        model.addAttribute("canCreate", !owners.optionsFor(user).isEmpty());
        return "socialvalue/analyses";
    }

    @GetMapping("/social-value/analyses/new")
    String newForm(@AuthenticationPrincipal HubUser user, Model model) {
        List<OwnerNames.Option> options = owners.optionsFor(user);
        DetailsForm form = new DetailsForm("", "", AnalysisKind.FORECAST.name(),
                options.size() == 1 ? options.get(0).value() : "", String.valueOf(LocalDate.now(clock).getYear() - 1), "3.5");
        return detailsPage(user, null, form, FormErrors.NONE, model);
    }

    @PostMapping("/social-value/analyses/new")
    String create(@AuthenticationPrincipal HubUser user, @ModelAttribute DetailsForm form, Model model, Locale locale) {
        FormCheck check = new FormCheck(messages, locale);
        Details details = read(form, check, locale, true);
        AnalysisOwner owner = OwnerNames.parse(form.owner());
        if (owner == null || !AnalysisAccess.canEdit(user, owner)) {
            check.fail("owner", "sroi.details.ownerRequired");
        }
        if (!check.ok()) {
            return detailsPage(user, null, form, check.errors(), model);
        }
        Analysis analysis = analyses.create(user, details.title(), details.kind(), owner,
                AnalysisDocument.empty(details.description(), details.priceYear()).withDetails(details.description(),
                        details.priceYear(), details.discountRate()));
        return "redirect:/social-value/analyses/" + analysis.id() + "/stakeholders";
    }

    @GetMapping("/social-value/analyses/{id}")
    String overview(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        Analysis analysis = analyses.get(user, id);
        model.addAttribute("analysis", analysis);
        model.addAttribute("view", views.summary(analysis, user));
        model.addAttribute("doc", analysis.document());
        model.addAttribute("principles", org.thirdsectorhub.socialvalue.analysis.Principle.values());
        return "socialvalue/analysis";
    }

    @GetMapping("/social-value/analyses/{id}/details")
    String details(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        Analysis analysis = analyses.editable(user, id);
        AnalysisDocument doc = analysis.document();
        DetailsForm form = new DetailsForm(analysis.title(), doc.description(), analysis.kind().name(),
                OwnerNames.key(analysis.owner()), String.valueOf(doc.priceYear()), FormCheck.percentText(doc.discountRate()));
        return detailsPage(user, analysis, form, FormErrors.NONE, model);
    }

    @PostMapping("/social-value/analyses/{id}/details")
    String saveDetails(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @ModelAttribute DetailsForm form,
            Model model, Locale locale) {
        Analysis analysis = analyses.editable(user, id);
        FormCheck check = new FormCheck(messages, locale);
        Details details = read(form, check, locale, false);
        if (!check.ok()) {
            return detailsPage(user, analysis, form, check.errors(), model);
        }
        analyses.change(user, id, details.title(),
                doc -> doc.withDetails(details.description(), details.priceYear(), details.discountRate()), "changed the details");
        return "redirect:/social-value/analyses/" + id;
    }

    @PostMapping("/social-value/analyses/{id}/share")
    String share(@AuthenticationPrincipal HubUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean shared, RedirectAttributes redirect, Locale locale) {
        analyses.share(user, id, shared);
        redirect.addFlashAttribute("banner", messages.getMessage(shared ? "sroi.shared" : "sroi.unshared", null, locale));
        return "redirect:/social-value/analyses/" + id;
    }

    @PostMapping("/social-value/analyses/{id}/copy")
    String copy(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        Analysis copy = analyses.copy(user, id);
        redirect.addFlashAttribute("banner", messages.getMessage("sroi.copied", null, locale));
        return "redirect:/social-value/analyses/" + copy.id();
    }

    @PostMapping("/social-value/analyses/{id}/evaluative")
    String evaluative(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, RedirectAttributes redirect,
            Locale locale) {
        Analysis evaluative = analyses.createEvaluative(user, id);
        redirect.addFlashAttribute("banner", messages.getMessage("sroi.evaluativeCreated", null, locale));
        return "redirect:/social-value/analyses/" + evaluative.id();
    }

    @GetMapping("/social-value/analyses/{id}/history")
    String history(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        Analysis analysis = analyses.get(user, id);
        model.addAttribute("analysis", analysis);
        model.addAttribute("versions", analyses.history(user, id).stream().map(views::version).toList());
        model.addAttribute("current", views.version(analysis));
        return "socialvalue/history";
    }

    @GetMapping("/social-value/analyses/{id}/versions/{version}")
    String version(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @PathVariable int version, Model model) {
        Analysis analysis = analyses.get(user, id);
        if (version == analysis.version()) {
            return "redirect:/social-value/analyses/" + id;
        }
        var earlier = analyses.version(user, id, version);
        AnalysisViews.Summary current = views.summary(analysis, user);
        model.addAttribute("analysis", analysis);
        model.addAttribute("view", new AnalysisViews.Summary(current.id(), earlier.title(), current.kind(), current.ownerName(),
                current.shared(), version, false, views.ratio(earlier.document()), earlier.savedAt(), current.basedOn(),
                current.copiedFrom()));
        model.addAttribute("doc", earlier.document());
        model.addAttribute("earlier", views.version(earlier));
        model.addAttribute("principles", org.thirdsectorhub.socialvalue.analysis.Principle.values());
        return "socialvalue/analysis";
    }

    private String detailsPage(HubUser user, Analysis analysis, DetailsForm form, FormErrors errors, Model model) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ownerOptions", owners.optionsFor(user));
        model.addAttribute("ownerName", analysis == null ? null : owners.nameOf(analysis.owner()));
        return "socialvalue/details";
    }

    private Details read(DetailsForm form, FormCheck check, Locale locale, boolean creating) {
        String title = check.text("title", form.title(), 200, label("sroi.details.title", locale), true);
        String description = check.text("description", form.description(), 5000, label("sroi.details.description", locale), false);
        AnalysisKind kind = AnalysisKind.FORECAST;
        if (creating) {
            try {
                kind = AnalysisKind.valueOf(String.valueOf(form.kind()));
            } catch (IllegalArgumentException e) {
                check.fail("kind", "sroi.details.kindRequired");
            }
        }
        Integer priceYear = check.whole("priceYear", form.priceYear(), label("sroi.details.priceYear", locale), 1990, 2100);
        BigDecimal rate = check.percent("discountRate", form.discountRate(), label("sroi.details.discountRate", locale));
        if (rate != null && rate.compareTo(new BigDecimal("0.2")) > 0) {
            check.fail("discountRate", "sroi.details.discountRateHigh");
        }
        return new Details(title, description, kind, priceYear, rate);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    record DetailsForm(String title, String description, String kind, String owner, String priceYear, String discountRate) {}

    private record Details(String title, String description, AnalysisKind kind, Integer priceYear, BigDecimal discountRate) {}
}
