package org.thirdsectorhub.organisations.curation;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.thirdsectorhub.organisations.OrganisationDraft;

/** Copies a profile with some fields replaced, by the record's own field names. */
final class DraftFields {

    private static final RecordComponent[] COMPONENTS = OrganisationDraft.class.getRecordComponents();

    private DraftFields() {}

    static Object get(OrganisationDraft draft, String field) {
        for (RecordComponent component : COMPONENTS) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(draft);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no field " + field);
    }

    static OrganisationDraft with(OrganisationDraft base, Map<String, Object> replacements) {
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            String name = COMPONENTS[i].getName();
            types[i] = COMPONENTS[i].getType();
            values[i] = replacements.containsKey(name) ? replacements.get(name) : get(base, name);
        }
        try {
            Constructor<OrganisationDraft> constructor = OrganisationDraft.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
