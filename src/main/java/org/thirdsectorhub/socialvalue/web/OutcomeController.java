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
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.OutcomeEntry;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.OutcomeParameter;
import org.thirdsectorhub.socialvalue.proxy.PriceIndex;
import org.thirdsectorhub.socialvalue.proxy.ProxyEntry;
import org.thirdsectorhub.socialvalue.proxy.ProxyLibrary;

/** The question page for one outcome: indicator, quantity, proxy, duration, deductions and evidence. */
@Controller
class OutcomeController {

    static final List<String> PRESETS = List.of("0", "25", "50", "75", "100");
    static final List<String> DEDUCTIONS = List.of("deadweight", "displacement", "attribution", "dropOff");

    private final Analyses analyses;
    private final ProxyLibrary library;
    private final PriceIndex priceIndex;
    private final MessageSource messages;

    OutcomeController(Analyses analyses, ProxyLibrary library, PriceIndex priceIndex, MessageSource messages) {
        this.analyses = analyses;
        this.library = library;
        this.priceIndex = priceIndex;
        this.messages = messages;
    }

    @GetMapping("/social-value/analyses/{id}/outcomes/new")
    String newOutcome(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        Analysis analysis = analyses.editable(user, id);
        OutcomeForm form = new OutcomeForm("", "", "", "", "own", "", "", "", "", "1", "1", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "");
        return page(analysis, null, form, FormErrors.NONE, model);
    }

    @PostMapping("/social-value/analyses/{id}/outcomes/new")
    String add(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @ModelAttribute OutcomeForm form, Model model,
            Locale locale) {
        Analysis analysis = analyses.editable(user, id);
        FormCheck check = new FormCheck(messages, locale);
        OutcomeEntry entry = read(form, analysis, check, locale);
        if (!check.ok()) {
            return page(analysis, null, form, check.errors(), model);
        }
        analyses.change(user, id, null, doc -> doc.withOutcomes(list -> {
            list.add(entry);
            return list;
        }), "added the outcome " + entry.name());
        return "redirect:/social-value/analyses/" + id;
    }

    @GetMapping("/social-value/analyses/{id}/outcomes/{index}")
    String edit(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @PathVariable int index, Model model) {
        Analysis analysis = analyses.editable(user, id);
        OutcomeEntry o = AnalysisMapController.at(analysis.document().outcomes(), index);
        OutcomeForm form = new OutcomeForm(o.name(), nz(o.stakeholder()), nz(o.indicator()), plain(o.quantity()),
                o.proxyId() == null ? "own" : "library", nz(o.proxyId()), plain(o.proxyValue()), nz(o.proxyUnit()),
                nz(o.proxySource()), String.valueOf(o.durationYears()), String.valueOf(o.startYear()),
                FormCheck.presetChoice(o.deadweight()), other(o.deadweight()),
                FormCheck.presetChoice(o.displacement()), other(o.displacement()),
                FormCheck.presetChoice(o.attribution()), other(o.attribution()),
                FormCheck.presetChoice(o.dropOff()), other(o.dropOff()),
                grade(o, "quantity"), grade(o, "proxyValue"), grade(o, "deadweight"), grade(o, "displacement"),
                grade(o, "attribution"), grade(o, "dropOff"), grade(o, "durationYears"));
        return page(analysis, index, form, FormErrors.NONE, model);
    }

    @PostMapping("/social-value/analyses/{id}/outcomes/{index}")
    String save(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @PathVariable int index,
            @ModelAttribute OutcomeForm form, Model model, Locale locale) {
        Analysis analysis = analyses.editable(user, id);
        AnalysisMapController.at(analysis.document().outcomes(), index);
        FormCheck check = new FormCheck(messages, locale);
        OutcomeEntry entry = read(form, analysis, check, locale);
        if (!check.ok()) {
            return page(analysis, index, form, check.errors(), model);
        }
        analyses.change(user, id, null, doc -> doc.withOutcomes(list -> {
            list.set(index, entry);
            return list;
        }), "changed the outcome " + entry.name());
        return "redirect:/social-value/analyses/" + id;
    }

    @PostMapping("/social-value/analyses/{id}/outcomes/{index}/remove")
    String remove(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, @PathVariable int index) {
        Analysis analysis = analyses.editable(user, id);
        OutcomeEntry removed = AnalysisMapController.at(analysis.document().outcomes(), index);
        analyses.change(user, id, null, doc -> doc.withOutcomes(list -> {
            list.remove(index);
            return list;
        }), "removed the outcome " + removed.name());
        return "redirect:/social-value/analyses/" + id;
    }

    private OutcomeEntry read(OutcomeForm form, Analysis analysis, FormCheck check, Locale locale) {
        String name = check.text("name", form.name(), 300, label("sroi.outcome.name", locale), true);
        String stakeholder = check.text("stakeholder", form.stakeholder(), 200, label("sroi.outcome.stakeholder", locale), false);
        String indicator = check.text("indicator", form.indicator(), 1000, label("sroi.outcome.indicator", locale), false);
        BigDecimal quantity = check.amount("quantity", form.quantity(), label("sroi.outcome.quantity", locale), true);
        BigDecimal proxyValue = null;
        String proxyUnit = null;
        String proxySource = null;
        String proxyId = null;
        if ("library".equals(form.proxyChoice())) {
            ProxyEntry entry = parseId(form.proxyId()) == null ? null : library.find(parseId(form.proxyId())).orElse(null);
            if (entry == null) {
                check.fail("proxyId", "sroi.outcome.proxyIdRequired");
            } else {
                int year = analysis.document().priceYear() == null ? entry.priceYear() : analysis.document().priceYear();
                PriceIndex.Rebased rebased = priceIndex.rebase(entry.value(), entry.priceYear(), year);
                proxyValue = rebased.value();
                proxyUnit = entry.unit();
                proxyId = entry.id().toString();
                proxySource = messages.getMessage(entry.priceYear() == year ? "sroi.outcome.librarySource"
                        : "sroi.outcome.librarySourceRebased", new Object[] {entry.name(), entry.source(), entry.licence(),
                        String.valueOf(entry.priceYear()), entry.value().toPlainString(), String.valueOf(year)}, locale);
            }
        } else if ("own".equals(form.proxyChoice())) {
            proxyValue = check.amount("proxyValue", form.proxyValue(), label("sroi.outcome.proxyValue", locale), true);
            proxyUnit = check.text("proxyUnit", form.proxyUnit(), 200, label("sroi.outcome.proxyUnit", locale), false);
            proxySource = check.text("proxySource", form.proxySource(), 1000, label("sroi.outcome.proxySource", locale), true);
        } else {
            check.fail("proxyChoice", "sroi.outcome.proxyChoiceRequired");
        }
        Integer duration = check.whole("durationYears", form.durationYears(), label("sroi.outcome.duration", locale), 1,
                OutcomeParameter.MAX_YEARS);
        Integer startYear = check.whole("startYear", form.startYear(), label("sroi.outcome.startYear", locale), 1,
                OutcomeParameter.MAX_YEARS);
        BigDecimal deadweight = check.preset("deadweight", form.deadweight(), form.deadweightOther(), label("sroi.outcome.deadweight", locale));
        BigDecimal displacement = check.preset("displacement", form.displacement(), form.displacementOther(), label("sroi.outcome.displacement", locale));
        BigDecimal attribution = check.preset("attribution", form.attribution(), form.attributionOther(), label("sroi.outcome.attribution", locale));
        BigDecimal dropOff = check.preset("dropOff", form.dropOff(), form.dropOffOther(), label("sroi.outcome.dropOff", locale));
        Map<String, EvidenceGrade> evidence = new LinkedHashMap<>();
        Map<String, String> grades = new LinkedHashMap<>();
        grades.put("quantity", form.evidenceQuantity());
        grades.put("proxyValue", form.evidenceProxyValue());
        grades.put("deadweight", form.evidenceDeadweight());
        grades.put("displacement", form.evidenceDisplacement());
        grades.put("attribution", form.evidenceAttribution());
        grades.put("dropOff", form.evidenceDropOff());
        grades.put("durationYears", form.evidenceDurationYears());
        grades.forEach((parameter, value) -> {
            if (value != null && !value.isBlank()) {
                try {
                    evidence.put(parameter, EvidenceGrade.valueOf(value));
                } catch (IllegalArgumentException e) {
                    check.fail("evidence" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1),
                            "sroi.outcome.evidenceInvalid");
                }
            }
        });
        if (!check.ok()) {
            return null;
        }
        return new OutcomeEntry(name, stakeholder, indicator, quantity, proxyValue, proxyUnit, proxySource, proxyId,
                duration, startYear, deadweight, displacement, attribution, dropOff, evidence);
    }

    private String page(Analysis analysis, Integer index, OutcomeForm form, FormErrors errors, Model model) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("index", index);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("proxies", library.all());
        model.addAttribute("presets", PRESETS);
        model.addAttribute("grades", EvidenceGrade.values());
        model.addAttribute("evidenceFields", List.of(
                new EvidenceField("evidenceQuantity", "sroi.outcome.quantity", form.evidenceQuantity()),
                new EvidenceField("evidenceProxyValue", "sroi.outcome.proxyValue", form.evidenceProxyValue()),
                new EvidenceField("evidenceDeadweight", "sroi.outcome.deadweight", form.evidenceDeadweight()),
                new EvidenceField("evidenceDisplacement", "sroi.outcome.displacement", form.evidenceDisplacement()),
                new EvidenceField("evidenceAttribution", "sroi.outcome.attribution", form.evidenceAttribution()),
                new EvidenceField("evidenceDropOff", "sroi.outcome.dropOff", form.evidenceDropOff()),
                new EvidenceField("evidenceDurationYears", "sroi.outcome.duration", form.evidenceDurationYears())));
        model.addAttribute("deductions", List.of(
                new Deduction("deadweight", "sroi.outcome.deadweight", "sroi.outcome.deadweight.hint", form.deadweight(), form.deadweightOther()),
                new Deduction("displacement", "sroi.outcome.displacement", "sroi.outcome.displacement.hint", form.displacement(), form.displacementOther()),
                new Deduction("attribution", "sroi.outcome.attribution", "sroi.outcome.attribution.hint", form.attribution(), form.attributionOther()),
                new Deduction("dropOff", "sroi.outcome.dropOff", "sroi.outcome.dropOff.hint", form.dropOff(), form.dropOffOther())));
        return "socialvalue/outcome";
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static UUID parseId(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String other(BigDecimal fraction) {
        return "other".equals(FormCheck.presetChoice(fraction)) ? FormCheck.percentText(fraction) : "";
    }

    private static String grade(OutcomeEntry outcome, String parameter) {
        EvidenceGrade grade = outcome.evidenceFor(parameter);
        return grade == null ? "" : grade.name();
    }

    record OutcomeForm(String name, String stakeholder, String indicator, String quantity, String proxyChoice,
            String proxyId, String proxyValue, String proxyUnit, String proxySource, String durationYears,
            String startYear, String deadweight, String deadweightOther, String displacement, String displacementOther,
            String attribution, String attributionOther, String dropOff, String dropOffOther, String evidenceQuantity,
            String evidenceProxyValue, String evidenceDeadweight, String evidenceDisplacement,
            String evidenceAttribution, String evidenceDropOff, String evidenceDurationYears) {}

    record EvidenceField(String id, String labelKey, String value) {}

    record Deduction(String id, String labelKey, String hintKey, String choice, String other) {}
}
