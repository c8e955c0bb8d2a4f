package org.thirdsectorhub.opportunities.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationReferences;

/** The district's wards by name, for the tick boxes that say where an opportunity or a project works. */
@Component
class WardChoices {

    private final OrganisationReferences references;

    WardChoices(OrganisationReferences references) {
        this.references = references;
    }

    /** Ward code to name, in alphabetical order of name. */
    Map<String, String> all() {
        Map<String, String> wards = new LinkedHashMap<>();
        references.areaNames().entrySet().stream()
                .filter(area -> area.getKey().startsWith("E05"))
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(area -> wards.put(area.getKey(), area.getValue()));
        return wards;
    }
}
