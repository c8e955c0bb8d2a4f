package org.thirdsectorhub.opendata.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.thirdsectorhub.organisations.OrganisationReference;

/** Which org-id names an organisation in open data, and what an acceptable identifier looks like. */
final class OrgIds {

    /** Registers in the order 360Giving and Contracts Finder users look for them first. */
    private static final List<String> PREFERENCE = List.of("GB-CHC", "GB-SC", "GB-NIC", "GB-COH", "GB-MPR", "GB-LAE",
            "GB-LAS", "GB-LANI", "GB-PLA", "GB-GOR", "GB-NHS", "GB-EDU", "GB-UKPRN");

    /** org-id.guide form (a country code, a register, the register's own id) or a 360Giving local identifier. */
    private static final Pattern ACCEPTABLE = Pattern.compile("^(?:[A-Z]{2}-[A-Z0-9]{2,8}-[A-Za-z0-9][A-Za-z0-9./_-]*"
            + "|360G-[A-Za-z0-9_-]+-[A-Za-z0-9./_-]+)$");

    private OrgIds() {}

    static String preferred(OrganisationReference organisation, UUID id, String grantPrefix) {
        if (organisation != null && !organisation.orgIds().isEmpty()) {
            return organisation.orgIds().stream().min(Comparator.comparingInt(OrgIds::rank)).orElseThrow();
        }
        return local(id, grantPrefix);
    }

    /** 360Giving lets a funder name an organisation without a registration with its own prefix. */
    static String local(UUID id, String grantPrefix) {
        return grantPrefix + "-org-" + id;
    }

    static boolean acceptable(String identifier) {
        return identifier != null && ACCEPTABLE.matcher(identifier).matches();
    }

    static Optional<String> numberIn(OrganisationReference organisation, String... schemes) {
        if (organisation == null) {
            return Optional.empty();
        }
        for (String scheme : schemes) {
            for (String orgId : organisation.orgIds()) {
                if (orgId.startsWith(scheme + "-")) {
                    return Optional.of(orgId.substring(scheme.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static int rank(String orgId) {
        for (int i = 0; i < PREFERENCE.size(); i++) {
            if (orgId.startsWith(PREFERENCE.get(i) + "-")) {
                return i;
            }
        }
        return PREFERENCE.size();
    }
}
