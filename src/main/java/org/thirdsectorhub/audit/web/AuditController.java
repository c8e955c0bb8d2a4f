package org.thirdsectorhub.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thirdsectorhub.audit.AuditQuery;
import org.thirdsectorhub.audit.AuditSearch;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.PageLinks;

/** The audit log page for administrators. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditSearch search;
    private final MessageSource messages;

    AuditController(AuditSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String log(@ModelAttribute("form") AuditForm form, Model model, Locale locale) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        LocalDate from = date(form.from(), "from", problems, locale);
        LocalDate to = date(form.to(), "to", problems, locale);
        AuditQuery query = new AuditQuery(limit(form.q()), limit(form.actor()), limit(form.entityType()),
                limit(form.entityId()), from, to, form.page() == null ? 1 : form.page(), PAGE_SIZE);
        AuditSearch.AuditPage result = search.search(query);
        model.addAttribute("result", result);
        model.addAttribute("entityTypes", search.entityTypes());
        model.addAttribute("errors", new FormErrors(problems));
        model.addAttribute("pages", PageLinks.of(ServletUriComponentsBuilder.fromCurrentRequest(), result.page(),
                result.total(), PAGE_SIZE));
        return "audit/log";
    }

    private LocalDate date(String text, String field, List<FormErrors.Problem> problems, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FormErrors.Problem(field, messages.getMessage("audit.dateInvalid", null, locale)));
            return null;
        }
    }

    private static String limit(String text) {
        return text == null ? null : text.length() > 200 ? text.substring(0, 200) : text;
    }

    record AuditForm(String q, String actor, String entityType, String entityId, String from, String to, Integer page) {}
}
