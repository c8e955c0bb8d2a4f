package org.thirdsectorhub.organisations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdsectorhub.organisations.directory.DirectoryEntry;
import org.thirdsectorhub.organisations.directory.DirectoryQuery;
import org.thirdsectorhub.organisations.directory.DirectorySearch;
import org.thirdsectorhub.organisations.directory.OrganisationPage;
import org.thirdsectorhub.organisations.directory.OrganisationPages;
import org.thirdsectorhub.shared.web.ApiValidationException;
import org.thirdsectorhub.shared.web.NotFoundException;

@RestController
@Tag(name = "Organisations", description = "The district-wide register of the Third Sector (public)")
class OrganisationApiController {

    private final DirectorySearch search;
    private final OrganisationPages pages;

    OrganisationApiController(DirectorySearch search, OrganisationPages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GetMapping(path = "/api/v1/organisations", produces = "application/json")
    @Operation(summary = "Search the register",
            description = "q matches names (misspellings tolerated), descriptions, registration numbers, org-ids and postcodes")
    Page organisations(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String legalForm, @RequestParam(required = false) String ward,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String beneficiary,
            @RequestParam(required = false) String incomeBand, @RequestParam(required = false) String qualityMark,
            @Parameter(description = "relevance, name or newest") @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > DirectoryQuery.MAX_SIZE) {
            throw new ApiValidationException("Invalid paging", List.of(new ApiValidationException.FieldError("size",
                    "page must be 1 or more and size between 1 and " + DirectoryQuery.MAX_SIZE)));
        }
        if (q != null && q.length() > DirectoryQuery.MAX_QUERY_LENGTH) {
            throw new ApiValidationException("Query too long", List.of(new ApiValidationException.FieldError("q",
                    "q must be at most " + DirectoryQuery.MAX_QUERY_LENGTH + " characters")));
        }
        if (sort != null && !sort.isBlank() && DirectoryQuery.Sort.parse(sort) == null) {
            throw new ApiValidationException("Unknown sort", List.of(new ApiValidationException.FieldError("sort",
                    "sort must be relevance, name or newest")));
        }
        var result = search.search(new DirectoryQuery(q, kind, legalForm, purpose, beneficiary, ward, incomeBand,
                qualityMark, DirectoryQuery.Sort.parse(sort), page, size), false);
        return new Page(result.items(), result.total(), result.page(), result.size());
    }

    @GetMapping(path = "/api/v1/organisations/{id}", produces = "application/json")
    @Operation(summary = "One organisation, with its services and why it counts as Third Sector")
    OrganisationPage organisation(@PathVariable UUID id) {
        return pages.find(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    record Page(List<DirectoryEntry> items, long total, int page, int size) {}

}
