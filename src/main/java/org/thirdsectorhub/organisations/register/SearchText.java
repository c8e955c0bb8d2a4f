package org.thirdsectorhub.organisations.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationDraft;

/** The words an organisation is found by: its names and identifiers first, then what it does and where. */
@Component
class SearchText {

    private final JdbcClient jdbc;
    private volatile Map<String, String> purposeNames;

    SearchText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Map<String, String> purposeNames() {
        if (purposeNames == null) {
            purposeNames = jdbc.sql("SELECT code, name FROM organisations.taxonomy_term WHERE taxonomy = 'ccew'")
                    .query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("name"))).list().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        return purposeNames;
    }

    /** Loads the purposes' names now, on the caller's connection, so other threads then only read. */
    void load() {
        purposeNames();
    }

    String names(OrganisationDraft draft) {
        List<String> parts = new ArrayList<>();
        parts.add(draft.name());
        draft.otherNames().forEach(other -> parts.add(other.name()));
        draft.identifiers().forEach(identifier -> parts.add(identifier.identifier()));
        return String.join(" ", OrganisationStore.nonBlank(parts));
    }

    String text(OrganisationDraft draft) {
        List<String> parts = new ArrayList<>();
        parts.add(draft.description());
        parts.add(draft.socialPurpose());
        parts.add(draft.town());
        parts.add(draft.postcode());
        parts.addAll(draft.tags());
        draft.purposeCodes().forEach(code -> parts.add(purposeNames().get(code)));
        return String.join(" ", OrganisationStore.nonBlank(parts));
    }
}
