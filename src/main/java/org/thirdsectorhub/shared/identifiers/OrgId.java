package org.thirdsectorhub.shared.identifiers;

import java.util.Optional;

/** An organisation identifier in org-id.guide form: a register prefix and the register's own identifier. */
public record OrgId(OrgIdScheme scheme, String identifier) {

    public OrgId {
        if (scheme == null || !scheme.accepts(identifier)) {
            throw new IllegalArgumentException("Not a valid " + (scheme == null ? "org-id" : scheme.prefix())
                    + " identifier: " + identifier);
        }
    }

    /** An identifier for the scheme, normalised, if it has the scheme's format. */
    public static Optional<OrgId> of(OrgIdScheme scheme, String identifier) {
        String normalised = scheme.normalise(identifier);
        return scheme.accepts(normalised) ? Optional.of(new OrgId(scheme, normalised)) : Optional.empty();
    }

    /** Parses "GB-CHC-1090095". */
    public static Optional<OrgId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (OrgIdScheme scheme : OrgIdScheme.values()) {
            String prefix = scheme.prefix() + "-";
            if (trimmed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return of(scheme, trimmed.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    public String lookupUrl() {
        return scheme.lookupUrl(identifier);
    }

    @Override
    public String toString() {
        return scheme.prefix() + "-" + identifier;
    }
}
