package org.thirdsectorhub.opendata.publication.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thirdsectorhub.opendata.publication.Dataset;
import org.thirdsectorhub.opendata.publication.Publications;
import org.thirdsectorhub.opendata.publication.PublishedFeeds;

/** The published datasets, public: 360Giving (JSON, CSV, XLSX) and OCDS, each streamed. */
@RestController
class OpenDataApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublishedFeeds feeds;
    private final Publications publications;

    OpenDataApiController(PublishedFeeds feeds, Publications publications) {
        this.feeds = feeds;
        this.publications = publications;
    }

    @GetMapping("/api/v1/opendata/360giving.json")
    ResponseEntity<StreamingResponseBody> grants() {
        requirePublished(Dataset.GRANTS);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(out -> feeds.writePackage(Dataset.GRANTS, out));
    }

    @GetMapping("/api/v1/opendata/360giving.csv")
    ResponseEntity<StreamingResponseBody> grantsCsv() {
        requirePublished(Dataset.GRANTS);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"360giving-grants.csv\"")
                .body(feeds::writeCsv);
    }

    @GetMapping("/api/v1/opendata/360giving.xlsx")
    ResponseEntity<StreamingResponseBody> grantsXlsx() {
        requirePublished(Dataset.GRANTS);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"360giving-grants.xlsx\"")
                .body(feeds::writeXlsx);
    }

    @GetMapping("/api/v1/opendata/ocds/releases.json")
    ResponseEntity<StreamingResponseBody> releases() {
        requirePublished(Dataset.CONTRACTS);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(out -> feeds.writePackage(Dataset.CONTRACTS, out));
    }

    @ExceptionHandler(PublishedFeeds.NotPublished.class)
    ResponseEntity<ProblemDetail> notPublished() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "This dataset has not been published yet.");
        problem.setTitle("Not published");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private void requirePublished(Dataset dataset) {
        if (publications.latest(dataset).isEmpty()) {
            throw new PublishedFeeds.NotPublished();
        }
    }
}
