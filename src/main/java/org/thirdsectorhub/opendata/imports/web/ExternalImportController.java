package org.thirdsectorhub.opendata.imports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thirdsectorhub.opendata.imports.ExternalImportJobs;
import org.thirdsectorhub.opendata.imports.ExternalImports;
import org.thirdsectorhub.opendata.imports.ExternalImports.RunSummary;
import org.thirdsectorhub.opendata.imports.ImportReport;
import org.thirdsectorhub.opendata.imports.Standard;
import org.thirdsectorhub.opendata.imports.UnreadableFile;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Officers upload another publisher's 360Giving or OCDS file; the upload is streamed to a temporary file and
 * imported in the background, and the run's page refreshes itself (a Refresh header, no script) until its
 * report is ready. A file whose kind cannot even be told is answered with the form again, with the reason.
 */
@Controller
class ExternalImportController {

    static final String AUTO = "auto";
    static final int SHOWN = 500;
    static final int REFRESH_SECONDS = 3;
    static final String RUNNING = "RUNNING";

    private final ExternalImports imports;
    private final ExternalImportJobs jobs;
    private final OrganisationManagement organisations;
    private final MessageSource messages;
    private final JsonMapper json;

    ExternalImportController(ExternalImports imports, ExternalImportJobs jobs, OrganisationManagement organisations,
            MessageSource messages, JsonMapper json) {
        this.imports = imports;
        this.jobs = jobs;
        this.organisations = organisations;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/opendata/imports")
    String form(Model model) {
        return page(AUTO, FormErrors.NONE, model);
    }

    @PostMapping("/opendata/imports")
    Object upload(@RequestParam(required = false) String standard, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale) throws IOException {
        String chosen = standard == null || standard.isBlank() ? AUTO : standard;
        List<FormErrors.Problem> problems = new ArrayList<>();
        if (!AUTO.equals(chosen) && Standard.ofWord(chosen).isEmpty()) {
            problems.add(new FormErrors.Problem("standard", messages.getMessage("opendata.import.error.standard", null, locale)));
        }
        if (file == null || file.isEmpty()) {
            problems.add(new FormErrors.Problem("file", messages.getMessage("opendata.import.error.file", null, locale)));
        }
        if (!problems.isEmpty()) {
            return page(chosen, new FormErrors(problems), model);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
        Path temporary = Files.createTempFile("opendata-import-", name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
        UUID run;
        try {
            file.transferTo(temporary);
            Standard detected = AUTO.equals(chosen) ? ExternalImports.detect(temporary, name) : Standard.ofWord(chosen).orElseThrow();
            run = jobs.start(new ExternalImports.Request(detected, temporary, name), Actor.current());
        } catch (UnreadableFile e) {
            Files.deleteIfExists(temporary);
            return unreadable(chosen, e.getMessage(), model, locale);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/opendata/imports/" + run)).build();
    }

    @GetMapping("/opendata/imports/{id}")
    String run(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        RunSummary summary = imports.summary(id).orElseThrow(() -> new NotFoundException("open data import " + id));
        if (RUNNING.equals(summary.outcome())) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
            model.addAttribute("run", summary);
            model.addAttribute("progress", jobs.progress(id).orElse(new ExternalImportJobs.Progress(null, 0, 0)));
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
            return "opendata/imports/running";
        }
        ImportReport report = imports.find(id).orElseThrow(() -> new NotFoundException("open data import " + id));
        Map<UUID, String> names = new LinkedHashMap<>();
        report.matched().forEach(m -> names.computeIfAbsent(m.organisation(), organisations::nameOf));
        model.addAttribute("report", report);
        model.addAttribute("reason", ImportReport.REFUSED.equals(report.outcome())
                ? messages.getMessage("opendata.import.error.unreadable", new Object[] {report.message()}, locale)
                : report.message());
        model.addAttribute("names", names);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("corrections", report.corrections().stream().limit(SHOWN).toList());
        model.addAttribute("violations", report.violations().stream().limit(SHOWN).toList());
        model.addAttribute("notInRegister", report.notInRegister().stream().limit(SHOWN).toList());
        return "opendata/imports/run";
    }

    @GetMapping("/opendata/imports/{id}/report.json")
    ResponseEntity<String> reportJson(@PathVariable UUID id) {
        ImportReport report = imports.find(id).orElseThrow(() -> new NotFoundException("open data import " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(report));
    }

    private String unreadable(String chosen, String reason, Model model, Locale locale) {
        return page(chosen, new FormErrors(List.of(new FormErrors.Problem("file",
                messages.getMessage("opendata.import.error.unreadable", new Object[] {reason}, locale)))), model);
    }

    private String page(String standard, FormErrors errors, Model model) {
        model.addAttribute("standards", Standard.values());
        model.addAttribute("standard", standard);
        model.addAttribute("errors", errors);
        model.addAttribute("runs", imports.recent(20));
        return "opendata/imports/form";
    }
}
