package org.thirdsectorhub.opportunities.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.AttachmentFile;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.shared.web.FormErrors;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.FormChecks;

/** Files attached to an application: the kinds people send with bids, up to 10 MB each. */
@Controller
class AttachmentsController {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_FILES = 15;
    /** The content type is decided by the file's extension, not by what the browser claims. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"));

    private final ApplicantAccess access;
    private final ApplicationDrafts drafts;
    private final Applications applications;
    private final MessageSource messages;

    AttachmentsController(ApplicantAccess access, ApplicationDrafts drafts, Applications applications,
            MessageSource messages) {
        this.access = access;
        this.drafts = drafts;
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/applications/{id}/attachments")
    String attachments(@PathVariable UUID id, @AuthenticationPrincipal HubUser user, Model model) {
        return page(model, access.draft(id, user), FormErrors.NONE);
    }

    @PostMapping("/applications/{id}/attachments")
    String upload(@PathVariable UUID id, HttpServletRequest request, @AuthenticationPrincipal HubUser user, Model model,
            Locale locale) throws IOException {
        ApplicationView application = access.draft(id, user);
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        FormChecks checks = new FormChecks(messages, locale, "opportunities.form");
        String name = file == null || file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename().replaceAll(".*[/\\\\]", "").strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (file == null || file.isEmpty() || name.isEmpty()) {
            checks.problem("file", "opportunities.form.file.required");
        } else if (!TYPES.containsKey(extension)) {
            checks.problem("file", "opportunities.form.file.type");
        } else if (file.getSize() > MAX_BYTES) {
            checks.problem("file", "opportunities.form.file.tooBig");
        } else if (application.attachments().size() >= MAX_FILES) {
            checks.problem("file", "opportunities.form.file.tooMany", MAX_FILES);
        } else if (name.length() > 200) {
            checks.problem("file", "opportunities.form.tooLong", 200);
        }
        if (checks.failed()) {
            return page(model, application, checks.errors());
        }
        drafts.addAttachment(id, name, TYPES.get(extension), file.getBytes());
        return "redirect:/applications/" + id + "/attachments";
    }

    @PostMapping("/applications/{id}/attachments/{attachment}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID attachment, @AuthenticationPrincipal HubUser user) {
        access.draft(id, user);
        drafts.removeAttachment(id, attachment);
        return "redirect:/applications/" + id + "/attachments";
    }

    @GetMapping("/applications/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment,
            @AuthenticationPrincipal HubUser user) {
        access.view(id, user);
        AttachmentFile file = applications.attachment(id, attachment)
                .orElseThrow(() -> new NotFoundException("attachment " + attachment));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String page(Model model, ApplicationView application, FormErrors errors) {
        model.addAttribute("app", application);
        model.addAttribute("round", access.round(application));
        model.addAttribute("errors", errors);
        model.addAttribute("types", String.join(", ", new java.util.TreeSet<>(TYPES.keySet())).toUpperCase(Locale.UK));
        return "opportunities/attachments";
    }
}
