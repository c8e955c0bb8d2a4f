package org.thirdsectorhub.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdsectorhub.audit.AuditEntry;
import org.thirdsectorhub.audit.AuditQuery;
import org.thirdsectorhub.audit.AuditSearch;
import org.thirdsectorhub.shared.web.ApiValidationException;

@RestController
@Tag(name = "Audit trail", description = "Every change made through the hub or the API (administrators only)")
@SecurityRequirement(name = "bearer")
class AuditApiController {

    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/v1/audit-entries", produces = "application/json")
    @Operation(summary = "Search the audit trail, newest first")
    AuditSearch.AuditPage entries(@RequestParam(required = false) String q, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 1 || size < 1 || size > AuditQuery.MAX_SIZE) {
            throw new ApiValidationException("Invalid paging", List.of(new ApiValidationException.FieldError("size",
                    "page must be 1 or more and size between 1 and " + AuditQuery.MAX_SIZE)));
        }
        return search.search(new AuditQuery(q, actor, entityType, entityId, from, to, page, size));
    }

    record Entries(List<AuditEntry> items, long total) {}
}
