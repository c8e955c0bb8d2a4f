package org.thirdsectorhub.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** GOV.UK pagination for a result list: previous, next and numbered page links that keep the query. */
public record PageLinks(int page, int pages, String previous, String next, List<Item> items) {

    public static PageLinks of(UriComponentsBuilder currentQuery, int page, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<Item> items = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            boolean near = Math.abs(number - current) <= 1 || number == 1 || number == pages;
            if (near) {
                items.add(new Item(number, link(currentQuery, number), number == current, false));
            } else if (items.isEmpty() || !items.get(items.size() - 1).ellipsis()) {
                items.add(new Item(number, null, false, true));
            }
        }
        return new PageLinks(current, pages,
                current > 1 ? link(currentQuery, current - 1) : null,
                current < pages ? link(currentQuery, current + 1) : null,
                items);
    }

    public boolean needed() {
        return pages > 1;
    }

    private static String link(UriComponentsBuilder query, int page) {
        return query.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
    }

    public record Item(int number, String href, boolean current, boolean ellipsis) {}
}
