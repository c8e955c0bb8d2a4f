package org.thirdsectorhub.socialvalue.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.socialvalue.proxy.ProxyImport;

/** Administrators import a CSV of proxies they hold the rights to. */
@Controller
class ProxyImportController {

    private final ProxyImport proxyImport;
    private final MessageSource messages;

    ProxyImportController(ProxyImport proxyImport, MessageSource messages) {
        this.proxyImport = proxyImport;
        this.messages = messages;
    }

    @GetMapping("/admin/social-value/proxies/import")
    String form(Model model) {
        return page(model, FormErrors.NONE, null);
    }

    @PostMapping("/admin/social-value/proxies/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal HubUser admin,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            return page(model, problem("proxy.import.fileRequired", locale), null);
        }
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return page(model, problem("proxy.import.notCsv", locale), null);
        }
        ProxyImport.Report report;
        try (InputStream content = file.getInputStream()) {
            report = proxyImport.importCsv(name, content, admin.userId());
        } catch (IOException e) {
            return page(model, problem("proxy.import.unreadable", locale), null);
        }
        if (!report.succeeded()) {
            FormErrors errors = new FormErrors(List.of(new FormErrors.Problem("file",
                    messages.getMessage("proxy.import.failed", new Object[] {report.problems().size()}, locale))));
            return page(model, errors, report);
        }
        redirect.addFlashAttribute("banner", messages.getMessage("proxy.import.done", new Object[] {report.imported()}, locale));
        return "redirect:/social-value/proxies";
    }

    private FormErrors problem(String key, Locale locale) {
        return new FormErrors(List.of(new FormErrors.Problem("file", messages.getMessage(key, null, locale))));
    }

    private String page(Model model, FormErrors errors, ProxyImport.Report report) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("required", ProxyImport.REQUIRED);
        model.addAttribute("optional", ProxyImport.OPTIONAL);
        return "socialvalue/proxy-import";
    }
}
