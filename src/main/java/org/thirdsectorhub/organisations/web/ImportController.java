package org.thirdsectorhub.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thirdsectorhub.organisations.imports.ImportJobs;
import org.thirdsectorhub.organisations.imports.ImportKind;
import org.thirdsectorhub.organisations.imports.RegisterImports;
import org.thirdsectorhub.organisations.imports.SpreadsheetTemplate;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Administrators and infrastructure officers upload register files; the import runs in the background
 * and its page refreshes itself (a Refresh header, no script) until the report is ready.
 */
@Controller
class ImportController {

    static final int REFRESH_SECONDS = 3;

    private final ImportJobs jobs;
    private final RegisterImports imports;
    private final MessageSource messages;

    ImportController(ImportJobs jobs, RegisterImports imports, MessageSource messages) {
        this.jobs = jobs;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/admin/imports")
    String form(Model model) {
        return page("", "", FormErrors.NONE, model);
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) String area,
            @RequestParam(required = false) MultipartFile file, Model model, Locale locale) throws IOException {
        List<FormErrors.Problem> problems = new ArrayList<>();
        ImportKind importKind = kind == null ? null : ImportKind.ofWord(kind).orElse(null);
        String gss = area == null ? "" : area.strip().toUpperCase(Locale.ROOT);
        if (importKind == null) {
            problems.add(new FormErrors.Problem("kind", messages.getMessage("imports.error.kind", null, locale)));
        }
        if (file == null || file.isEmpty()) {
            problems.add(new FormErrors.Problem("file", messages.getMessage("imports.error.file", null, locale)));
        }
        if (!gss.isEmpty() && (!gss.matches("^[EWSNK][0-9]{8}$") || importKind != ImportKind.CHARITY_COMMISSION)) {
            problems.add(new FormErrors.Problem("area", messages.getMessage("imports.error.area", null, locale)));
        }
        if (!problems.isEmpty()) {
            return page(kind, gss, new FormErrors(problems), model);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
        Path temporary = ImportJobs.temporaryFile(name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
        file.transferTo(temporary);
        UUID run = jobs.start(new RegisterImports.Request(importKind, temporary, name, gss.isEmpty() ? null : gss),
                Actor.current());
        return "redirect:/admin/imports/" + run;
    }

    @GetMapping("/admin/imports/{id}")
    String run(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var recorded = imports.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        var progress = jobs.progress(id);
        boolean running = recorded.finishedAt() == null;
        if (running) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("run", recorded);
        model.addAttribute("running", running);
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        model.addAttribute("startedAt", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)
                .withZone(java.time.ZoneId.of("Europe/London")).format(recorded.startedAt()));
        model.addAttribute("stage", progress.map(p -> p.stage()).orElse(""));
        model.addAttribute("rowsRead", progress.map(p -> p.rowsRead()).orElse(0L));
        model.addAttribute("counts", progress.map(p -> p.counts()).orElse(recorded.counts()));
        return "organisations/import-run";
    }

    @GetMapping("/admin/imports/template.csv")
    ResponseEntity<StreamingResponseBody> templateCsv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"organisations-template.csv\"")
                .body(SpreadsheetTemplate::writeCsv);
    }

    @GetMapping("/admin/imports/template.xlsx")
    ResponseEntity<StreamingResponseBody> templateXlsx() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"organisations-template.xlsx\"")
                .body(SpreadsheetTemplate::writeXlsx);
    }

    private String page(String kind, String area, FormErrors errors, Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("area", area);
        model.addAttribute("errors", errors);
        model.addAttribute("columns", SpreadsheetTemplate.COLUMNS);
        return "organisations/imports";
    }
}
