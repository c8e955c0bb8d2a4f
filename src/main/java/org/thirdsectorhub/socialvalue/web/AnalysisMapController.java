package org.thirdsectorhub.socialvalue.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.InputEntry;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.PrincipleNote;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.PrincipleStatus;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.StakeholderEntry;
import org.thirdsectorhub.socialvalue.analysis.Principle;
import org.thirdsectorhub.socialvalue.engine.InputKind;

/** The question pages for the impact map's stakeholders and inputs, and the principles check. */
@Controller
class AnalysisMapController {

    private final Analyses analyses;
    private final MessageSource messages;

    AnalysisMapController(Analyses analyses, MessageSource messages) {
        this.analyses = analyses;
        this.messages = messages;
    }

    @GetMapping("/social-value/analyses/{id}/stakeholders")
    String stakeholders(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        return stakeholderPage(analyses.editable(user, id), new StakeholderForm("", ""), FormErrors.NONE, model);
    }

    @PostMapping("/social-value/analyses/{id}/stakeholders")
    String addStakeholder(@AuthenticationPrincipal HubUser user, @PathVariable UUID id,
            @ModelAttribute StakeholderForm form, Model model, Locale locale) {
        Analysis analysis = analyses.editable(user, id);
        FormCheck check = new FormCheck(messages, locale);
        String name = check.text("name", form.name(), 200, label("sroi.stakeholder.name", locale), true);
        String description = check.text("description", form.description(), 2000, label("sroi.stakeholder.description", locale), false);
        if (name != null && analysis.document().stakeholders().stream().anyMatch(s -> s.name().equalsIgnoreCase(name))) {
            check.fail("name", "sroi.stakeholder.duplicate");
        }
        if (!check.ok()) {
            return stakeholderPage(analysis, form, check.errors(), model);
        }
        analyses.change(user, id, null, doc -> doc.withStakeholders(list -> {
            list.add(new StakeholderEntry(name, description));
            return list;
        }), "added the stakeholder " + name);
        return "redirect:/social-value/analyses/" + id + "/stakeholders";
    }

    @PostMapping("/social-value/analyses/{id}/stakeholders/{index}/remove")
    String removeStakeholder(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @PathVariable int index) {
        Analysis analysis = analyses.editable(user, id);
        StakeholderEntry removed = at(analysis.document().stakeholders(), index);
        analyses.change(user, id, null, doc -> doc.withStakeholders(list -> {
            list.remove(index);
            return list;
        }), "removed the stakeholder " + removed.name());
        return "redirect:/social-value/analyses/" + id + "/stakeholders";
    }

    @GetMapping("/social-value/analyses/{id}/inputs")
    String inputs(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        return inputPage(analyses.editable(user, id), new InputForm("", "", "MONEY", "0", "", "", "", ""), FormErrors.NONE,
                model);
    }

    @PostMapping("/social-value/analyses/{id}/inputs")
    String addInput(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @ModelAttribute InputForm form,
            Model model, Locale locale) {
        Analysis analysis = analyses.editable(user, id);
        FormCheck check = new FormCheck(messages, locale);
        String description = check.text("description", form.description(), 500, label("sroi.input.description", locale), true);
        String stakeholder = check.text("stakeholder", form.stakeholder(), 200, label("sroi.input.stakeholder", locale), false);
        InputKind kind = null;
        try {
            kind = InputKind.valueOf(String.valueOf(form.kind()));
        } catch (IllegalArgumentException e) {
            check.fail("kind", "sroi.input.kindRequired");
        }
        Integer year = check.whole("year", form.year(), label("sroi.input.year", locale), 0, 50);
        BigDecimal amount = null;
        BigDecimal hours = null;
        BigDecimal rate = null;
        String rateSource = null;
        if (kind == InputKind.VOLUNTEER_TIME) {
            hours = check.amount("hours", form.hours(), label("sroi.input.hours", locale), true);
            rate = check.amount("hourlyRate", form.hourlyRate(), label("sroi.input.hourlyRate", locale), true);
            rateSource = check.text("rateSource", form.rateSource(), 500, label("sroi.input.rateSource", locale), false);
        } else if (kind != null) {
            amount = check.amount("amount", form.amount(), label("sroi.input.amount", locale), true);
        }
        if (!check.ok()) {
            return inputPage(analysis, form, check.errors(), model);
        }
        InputEntry entry = new InputEntry(description, stakeholder, kind, year, amount, hours, rate, rateSource);
        analyses.change(user, id, null, doc -> doc.withInputs(list -> {
            list.add(entry);
            return list;
        }), "added the input " + description);
        return "redirect:/social-value/analyses/" + id + "/inputs";
    }

    @PostMapping("/social-value/analyses/{id}/inputs/{index}/remove")
    String removeInput(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @PathVariable int index) {
        Analysis analysis = analyses.editable(user, id);
        InputEntry removed = at(analysis.document().inputs(), index);
        analyses.change(user, id, null, doc -> doc.withInputs(list -> {
            list.remove(index);
            return list;
        }), "removed the input " + removed.description());
        return "redirect:/social-value/analyses/" + id + "/inputs";
    }

    @GetMapping("/social-value/analyses/{id}/principles")
    String principles(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        Analysis analysis = analyses.editable(user, id);
        Map<String, String> values = new LinkedHashMap<>();
        for (Principle principle : Principle.values()) {
            PrincipleNote note = analysis.document().principle(principle);
            values.put("status_" + principle.name(), note.status() == null ? "" : note.status().name());
            values.put("note_" + principle.name(), note.note() == null ? "" : note.note());
        }
        return principlesPage(analysis, values, FormErrors.NONE, model);
    }

    @PostMapping("/social-value/analyses/{id}/principles")
    String savePrinciples(@AuthenticationPrincipal HubUser user, @PathVariable UUID id,
            @RequestParam Map<String, String> values, Model model, Locale locale) {
        Analysis analysis = analyses.editable(user, id);
        FormCheck check = new FormCheck(messages, locale);
        Map<String, PrincipleNote> notes = new LinkedHashMap<>();
        for (Principle principle : Principle.values()) {
            String statusText = values.getOrDefault("status_" + principle.name(), "");
            PrincipleStatus status = null;
            if (!statusText.isBlank()) {
                try {
                    status = PrincipleStatus.valueOf(statusText);
                } catch (IllegalArgumentException e) {
                    check.fail("status_" + principle.name(), "sroi.principles.statusInvalid");
                }
            }
            String note = check.text("note_" + principle.name(), values.get("note_" + principle.name()), 5000,
                    messages.getMessage(principle.messageKey(), null, locale), false);
            notes.put(principle.name(), new PrincipleNote(status, note));
        }
        if (!check.ok()) {
            return principlesPage(analysis, values, check.errors(), model);
        }
        analyses.change(user, id, null, doc -> doc.withPrinciples(notes), "updated the check against the principles");
        return "redirect:/social-value/analyses/" + id;
    }

    private String stakeholderPage(Analysis analysis, StakeholderForm form, FormErrors errors, Model model) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "socialvalue/stakeholders";
    }

    private String inputPage(Analysis analysis, InputForm form, FormErrors errors, Model model) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", InputKind.values());
        return "socialvalue/inputs";
    }

    private String principlesPage(Analysis analysis, Map<String, String> values, FormErrors errors, Model model) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("principles", Principle.values());
        model.addAttribute("statuses", PrincipleStatus.values());
        return "socialvalue/principles";
    }

    static <T> T at(List<T> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new NotFoundException("item " + index);
        }
        return list.get(index);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    record StakeholderForm(String name, String description) {}

    record InputForm(String description, String stakeholder, String kind, String year, String amount, String hours,
            String hourlyRate, String rateSource) {}
}
