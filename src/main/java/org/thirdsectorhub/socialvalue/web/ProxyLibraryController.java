package org.thirdsectorhub.socialvalue.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thirdsectorhub.shared.web.PageLinks;
import org.thirdsectorhub.socialvalue.proxy.PriceIndex;
import org.thirdsectorhub.socialvalue.proxy.ProxyEntry;
import org.thirdsectorhub.socialvalue.proxy.ProxyLibrary;

/** The public proxy library: search, with values rebased to a chosen price year. */
@Controller
class ProxyLibraryController {

    private static final int PAGE_SIZE = 20;

    private final ProxyLibrary library;
    private final PriceIndex priceIndex;

    ProxyLibraryController(ProxyLibrary library, PriceIndex priceIndex) {
        this.library = library;
        this.priceIndex = priceIndex;
    }

    @GetMapping("/social-value/proxies")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        String chosenCategory = category == null || category.isBlank() ? "" : category;
        NavigableMap<Integer, BigDecimal> series = priceIndex.series();
        Integer rebaseTo = year != null && series.containsKey(year) ? year : null;
        long total = library.count(text, chosenCategory);
        List<Row> rows = library.search(text, chosenCategory, page, PAGE_SIZE).stream()
                .map(entry -> new Row(entry, rebaseTo == null ? null : priceIndex.rebase(entry.value(), entry.priceYear(), rebaseTo)))
                .toList();
        model.addAttribute("q", text);
        model.addAttribute("category", chosenCategory);
        model.addAttribute("categories", library.categories());
        model.addAttribute("year", rebaseTo);
        model.addAttribute("years", series.descendingKeySet());
        model.addAttribute("indexSource", priceIndex.source());
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("pages", PageLinks.of(ServletUriComponentsBuilder.fromCurrentRequest(), page, total, PAGE_SIZE));
        return "socialvalue/proxies";
    }

    record Row(ProxyEntry entry, PriceIndex.Rebased rebased) {}
}
