package org.thirdsectorhub.socialvalue;

import java.util.Objects;
import java.util.UUID;

/**
 * Who owns an analysis: an organisation of the register (its members may edit it) or a commissioner
 * (the person, by account id). Kept general so the organisation register can plug in later.
 *
 * @param type organisation or commissioner
 * @param id the organisation's id, or the commissioner's account id
 */
public record AnalysisOwner(Type type, UUID id) {

    public AnalysisOwner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AnalysisOwner organisation(UUID organisationId) {
        return new AnalysisOwner(Type.ORGANISATION, organisationId);
    }

    public static AnalysisOwner commissioner(UUID userId) {
        return new AnalysisOwner(Type.COMMISSIONER, userId);
    }

    /** What kind of party owns the analysis. */
    public enum Type {
        ORGANISATION,
        COMMISSIONER
    }
}
