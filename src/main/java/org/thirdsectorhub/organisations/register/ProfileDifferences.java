package org.thirdsectorhub.organisations.register;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.thirdsectorhub.organisations.OrganisationDraft;

/** The fields that differ between two versions of a profile, for audit summaries and side-by-side diffs. */
public record ProfileDifferences(List<Difference> differences) {

    public static ProfileDifferences between(OrganisationDraft before, OrganisationDraft after) {
        List<Difference> differences = new ArrayList<>();
        for (RecordComponent component : OrganisationDraft.class.getRecordComponents()) {
            Object was = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(was, now)) {
                differences.add(new Difference(component.getName(), display(was), display(now)));
            }
        }
        return new ProfileDifferences(differences);
    }

    public String summary() {
        if (differences.isEmpty()) {
            return "no changes";
        }
        return "changed " + String.join(", ", differences.stream().map(Difference::field).toList());
    }

    private static Object value(RecordComponent component, OrganisationDraft draft) {
        try {
            return component.getAccessor().invoke(draft);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> collection) {
            return String.join("; ", collection.stream().map(String::valueOf).sorted().toList());
        }
        return String.valueOf(value);
    }

    /** One field's value before and after. */
    public record Difference(String field, String before, String after) {}
}
