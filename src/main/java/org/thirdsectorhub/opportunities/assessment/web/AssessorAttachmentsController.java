package org.thirdsectorhub.opportunities.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.AttachmentInfo;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Leads;
import org.thirdsectorhub.opportunities.assessment.Panel;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.Scoring;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * The files an applicant attached, for the round's lead and for assessors who declared no conflict of
 * interest about the application. The round and application are checked before the file, so that
 * people who may not read it learn nothing of which files exist.
 */
@Controller
class AssessorAttachmentsController {

    private final AssessedRounds rounds;
    private final Panel panel;
    private final Scoring scoring;
    private final Applications applications;

    AssessorAttachmentsController(AssessedRounds rounds, Panel panel, Scoring scoring, Applications applications) {
        this.rounds = rounds;
        this.panel = panel;
        this.scoring = scoring;
        this.applications = applications;
    }

    static String path(String reference, UUID application, UUID attachment) {
        return "/opportunities/" + reference + "/assessment/applications/" + application + "/attachments/" + attachment;
    }

    @GetMapping("/opportunities/{reference}/assessment/applications/{application}/attachments/{attachment}")
    void download(@PathVariable String reference, @PathVariable UUID application, @PathVariable UUID attachment,
            @AuthenticationPrincipal HubUser user, HttpServletResponse response) throws IOException {
        Round round = rounds.find(reference);
        Submission submission = rounds.submission(round.id(), application);
        if (!mayRead(round, submission, user)) {
            throw new AccessDeniedException("may not read the files of " + submission.reference());
        }
        AttachmentInfo file = applications.attachmentInfo(application, attachment)
                .orElseThrow(() -> new NotFoundException("attachment " + attachment));
        response.setContentType(contentType(file.contentType()));
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!applications.writeContent(application, attachment, response.getOutputStream())) {
            throw new NotFoundException("attachment " + attachment);
        }
    }

    private boolean mayRead(Round round, Submission submission, HubUser user) {
        if (Leads.leads(user, round)) {
            return true;
        }
        return panel.member(round.id(), user.userId())
                && scoring.declaration(submission.id(), user.userId()).filter(d -> !d.conflicted()).isPresent();
    }

    private static String contentType(String stored) {
        try {
            if (stored != null && !stored.isBlank()) {
                MediaType type = MediaType.parseMediaType(stored);
                if (type.isConcrete()) {
                    return type.toString();
                }
            }
        } catch (InvalidMediaTypeException e) {
            // served as bytes below
        }
        return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
}
