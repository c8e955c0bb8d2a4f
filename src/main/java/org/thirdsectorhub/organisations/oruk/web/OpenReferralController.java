package org.thirdsectorhub.organisations.oruk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thirdsectorhub.organisations.oruk.OpenReferral;
import org.thirdsectorhub.shared.web.ApiValidationException;
import org.thirdsectorhub.shared.web.NotFoundException;

/** The register's services in Open Referral UK 3.0: public, read only, stateless like the JSON API. */
@RestController
@RequestMapping(path = "/openreferral", produces = "application/json")
@Tag(name = "Open Referral UK 3.0", description = "Services, organizations and taxonomies in the ORUK 3.0 profile of HSDS")
class OpenReferralController {

    private final OpenReferral openReferral;

    OpenReferralController(OpenReferral openReferral) {
        this.openReferral = openReferral;
    }

    @GetMapping("/")
    @Operation(summary = "About this API and its relationship with HSDS")
    Map<String, Object> about() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
        return Map.of("version", "3.0",
                "profile", "https://openreferraluk.org/",
                "openapi_url", base + "v3/api-docs");
    }

    @GetMapping("/services")
    @Operation(summary = "Services, a page at a time", description = "Filters: text (or search), taxonomy_term_id,"
            + " taxonomy_id, organization_id, postcode (matches the postcode district)")
    Map<String, Object> services(@RequestParam(required = false) String text,
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE / OpenReferral.MAX_PER_PAGE);
        int size = number("per_page", perPage, 50, OpenReferral.MAX_PER_PAGE);
        UUID organisation = null;
        if (organizationId != null && !organizationId.isBlank()) {
            organisation = uuid("organization_id", organizationId);
        }
        String words = text != null && !text.isBlank() ? text : search;
        if (words != null && words.length() > 200) {
            throw invalid("text", "text must be at most 200 characters");
        }
        return openReferral.services(new OpenReferral.ServiceQuery(words, taxonomyTermId, taxonomyId, organisation,
                postcode, pageNumber, size));
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "One service, fully nested: organization, locations, schedules, contacts, taxonomy terms")
    Map<String, Object> service(@PathVariable String id) {
        return openReferral.service(existing(id)).orElseThrow(() -> new NotFoundException("service " + id));
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organizations, a page at a time")
    Map<String, Object> organizations(@RequestParam(required = false) String text,
            @RequestParam(required = false) String page, @RequestParam(name = "per_page", required = false) String perPage) {
        return openReferral.organizations(text, number("page", page, 1, Integer.MAX_VALUE / OpenReferral.MAX_PER_PAGE),
                number("per_page", perPage, 50, OpenReferral.MAX_PER_PAGE));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "One organization with its identifiers, classification and services")
    Map<String, Object> organization(@PathVariable String id) {
        return openReferral.organization(existing(id)).orElseThrow(() -> new NotFoundException("organization " + id));
    }

    @GetMapping("/taxonomies")
    @Operation(summary = "The taxonomies used: the Charity Commission classification")
    Map<String, Object> taxonomies(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        return openReferral.taxonomies(number("page", page, 1, Integer.MAX_VALUE / OpenReferral.MAX_PER_PAGE),
                number("per_page", perPage, 50, OpenReferral.MAX_PER_PAGE));
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(summary = "One taxonomy with its terms")
    Map<String, Object> taxonomy(@PathVariable String id) {
        return openReferral.taxonomy(id).orElseThrow(() -> new NotFoundException("taxonomy " + id));
    }

    @GetMapping("/taxonomy_terms")
    @Operation(summary = "Taxonomy terms, a page at a time")
    Map<String, Object> taxonomyTerms(@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(required = false) String page, @RequestParam(name = "per_page", required = false) String perPage) {
        return openReferral.taxonomyTerms(taxonomyId, number("page", page, 1, Integer.MAX_VALUE / OpenReferral.MAX_PER_PAGE),
                number("per_page", perPage, 50, OpenReferral.MAX_PER_PAGE));
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    Map<String, Object> taxonomyTerm(@PathVariable String id) {
        return openReferral.taxonomyTerm(id).orElseThrow(() -> new NotFoundException("taxonomy term " + id));
    }

    private static UUID existing(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(id);
        }
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(field, field + " must be a uuid");
        }
    }

    private static int number(String field, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(field, field + " must be a whole number from 1 to " + max);
    }

    private static ApiValidationException invalid(String field, String message) {
        return new ApiValidationException("Invalid request", List.of(new ApiValidationException.FieldError(field, message)));
    }
}
