package org.thirdsectorhub.organisations.curation;

import java.util.Map;
import org.thirdsectorhub.organisations.OrganisationDraft;

/** For the web layer: a profile with some fields replaced, by field name. */
public final class CurationDrafts {

    private CurationDrafts() {}

    public static OrganisationDraft with(OrganisationDraft base, Map<String, Object> replacements) {
        return DraftFields.with(base, replacements);
    }
}
