package org.thirdsectorhub.organisations.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thirdsectorhub.organisations.directory.DirectoryQuery;
import org.thirdsectorhub.organisations.directory.DirectoryResult;
import org.thirdsectorhub.organisations.directory.DirectorySearch;
import org.thirdsectorhub.organisations.FundingReceived;
import org.thirdsectorhub.organisations.FundingReceivedSource;
import org.thirdsectorhub.organisations.directory.OrganisationPages;
import org.thirdsectorhub.organisations.register.Definitions;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.shared.web.PageLinks;

/** The public directory: search with filters, and each organisation's page. Works without JavaScript. */
@Controller
class DirectoryController {

    private static final int PAGE_SIZE = 20;

    private final DirectorySearch search;
    private final OrganisationPages pages;
    private final List<FundingReceivedSource> fundingSources;
    private final Definitions definitions;

    DirectoryController(DirectorySearch search, OrganisationPages pages, Definitions definitions,
            List<FundingReceivedSource> fundingSources) {
        this.fundingSources = fundingSources;
        this.search = search;
        this.pages = pages;
        this.definitions = definitions;
    }

    @GetMapping("/organisations")
    String directory(@RequestParam Map<String, String> params, Model model) {
        DirectoryQuery query = DirectoryQueries.from(params, PAGE_SIZE);
        DirectoryResult result = search.search(query, true);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("updating", search.updating());
        model.addAttribute("pages", PageLinks.of(ServletUriComponentsBuilder.fromCurrentRequest(), result.page(),
                result.total(), result.size()));
        model.addAttribute("facetNames", List.of("kind", "legalForm", "purpose", "beneficiary", "ward", "incomeBand",
                "qualityMark"));
        return "organisations/directory";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable UUID id, Model model) {
        var page = pages.find(id);
        if (page.isEmpty()) {
            return pages.mergedInto(id).map(target -> "redirect:/organisations/" + target)
                    .orElseThrow(() -> new NotFoundException("organisation " + id));
        }
        model.addAttribute("organisation", page.get());
        model.addAttribute("funding", fundingSources.stream().flatMap(source -> source.fundingReceivedBy(id).stream())
                .sorted(Comparator.comparing(FundingReceived::awardedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        return "organisations/organisation";
    }

    @GetMapping("/definition")
    String definition(Model model) {
        model.addAttribute("versions", definitions.all());
        return "organisations/definition";
    }
}
