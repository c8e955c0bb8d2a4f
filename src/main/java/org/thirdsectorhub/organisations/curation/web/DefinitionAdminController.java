package org.thirdsectorhub.organisations.curation.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.organisations.Kind;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.curation.DefinitionPublishing;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import org.thirdsectorhub.organisations.register.Definitions;
import org.thirdsectorhub.shared.web.FormErrors;

/** Administrators publish a new version of the definition; everyone is re-classified against it. */
@Controller
class DefinitionAdminController {

    private final Definitions definitions;
    private final DefinitionPublishing publishing;
    private final MessageSource messages;

    DefinitionAdminController(Definitions definitions, DefinitionPublishing publishing, MessageSource messages) {
        this.definitions = definitions;
        this.publishing = publishing;
        this.messages = messages;
    }

    /** The form's answers, as posted: one "form-XYZ" parameter per legal form, naming the kind or "NONE". */
    record DefinitionForm(String title, String day, String month, String year, Map<String, String> kinds,
            Set<String> tests, Set<String> distribution) {}

    @GetMapping("/admin/definition/new")
    String form(Model model) {
        DefinitionRules current = definitions.current();
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (LegalForm form : LegalForm.values()) {
            kinds.put(form.name(), current.legalForms().containsKey(form) ? current.legalForms().get(form).name() : "NONE");
        }
        Set<String> tests = new HashSet<>();
        if (current.excludePublicBodies()) tests.add("excludePublicBodies");
        if (current.excludeControlledByPublicBody()) tests.add("excludeControlledByPublicBody");
        if (current.assetLockSuffices()) tests.add("assetLockSuffices");
        if (current.socialPurposeRequired()) tests.add("socialPurposeRequired");
        if (current.faithGroupsCount()) tests.add("faithGroupsCount");
        String title = definitions.all().get(0).title();
        return page(new DefinitionForm(title, "", "", "", kinds, tests, current.allowedDistribution()), FormErrors.NONE, model);
    }

    @PostMapping("/admin/definition")
    String publish(@RequestParam Map<String, String> params,
            @RequestParam(name = "tests", required = false) List<String> tests,
            @RequestParam(name = "distribution", required = false) List<String> distribution, Model model, Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (LegalForm form : LegalForm.values()) {
            kinds.put(form.name(), params.getOrDefault("form-" + form.name(), "NONE"));
        }
        DefinitionForm form = new DefinitionForm(params.getOrDefault("title", ""), params.getOrDefault("day", ""),
                params.getOrDefault("month", ""), params.getOrDefault("year", ""), kinds,
                new HashSet<>(tests == null ? List.of() : tests), new HashSet<>(distribution == null ? List.of() : distribution));
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
        if (form.title().isBlank()) {
            result.rejectValue("title", "curation.definition.title.required");
        } else if (form.title().length() > 200) {
            result.rejectValue("title", "curation.definition.title.tooLong");
        }
        LocalDate agreedOn = null;
        try {
            agreedOn = LocalDate.of(Integer.parseInt(form.year().strip()), Integer.parseInt(form.month().strip()),
                    Integer.parseInt(form.day().strip()));
            if (agreedOn.getYear() < 1990 || agreedOn.isAfter(LocalDate.now().plusYears(1))) {
                result.rejectValue("day", "curation.definition.date.range");
            }
        } catch (NumberFormatException | DateTimeException e) {
            result.rejectValue("day", "curation.definition.date.invalid");
        }
        Map<LegalForm, Kind> legalForms = new EnumMap<>(LegalForm.class);
        for (Map.Entry<String, String> entry : kinds.entrySet()) {
            if (entry.getValue().equals("NONE")) {
                continue;
            }
            Kind kind = null;
            for (Kind candidate : Kind.values()) {
                if (candidate.name().equals(entry.getValue())) {
                    kind = candidate;
                }
            }
            if (kind == null || kind == Kind.NOT_THIRD_SECTOR) {
                result.rejectValue("kinds", "curation.definition.kind.invalid");
                break;
            }
            legalForms.put(LegalForm.valueOf(entry.getKey()), kind);
        }
        if (legalForms.isEmpty() && !result.hasFieldErrors("kinds")) {
            result.rejectValue("kinds", "curation.definition.kinds.required");
        }
        Set<String> allowed = new HashSet<>();
        for (String value : form.distribution()) {
            for (ProfitDistribution candidate : ProfitDistribution.values()) {
                if (candidate.name().equals(value)) {
                    allowed.add(value);
                }
            }
        }
        if (result.hasErrors()) {
            return page(form, FormErrors.of(result, messages, locale), model);
        }
        DefinitionRules rules = new DefinitionRules(0, legalForms, form.tests().contains("excludePublicBodies"),
                form.tests().contains("excludeControlledByPublicBody"), allowed, form.tests().contains("assetLockSuffices"),
                form.tests().contains("socialPurposeRequired"), form.tests().contains("faithGroupsCount"));
        DefinitionPublishing.Published published = publishing.publish(form.title(), agreedOn, rules);
        redirect.addFlashAttribute("banner", messages.getMessage("curation.definition.published",
                new Object[] {published.version(), published.reclassified()}, locale));
        return "redirect:/definition";
    }

    private static String page(DefinitionForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("kinds", java.util.Arrays.stream(Kind.values()).filter(kind -> kind != Kind.NOT_THIRD_SECTOR).toList());
        model.addAttribute("distributions", ProfitDistribution.values());
        model.addAttribute("tests", List.of("excludePublicBodies", "excludeControlledByPublicBody", "assetLockSuffices",
                "socialPurposeRequired", "faithGroupsCount"));
        return "organisations/definition-edit";
    }
}
