package org.thirdsectorhub.shared.identifiers;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The org-id.guide registers the hub knows, each with the format of its identifiers and the page
 * where a person can look an identifier up. Formats follow each register's published numbering.
 */
public enum OrgIdScheme {
    GB_CHC("GB-CHC", "Charity Commission for England and Wales", "^[0-9]{6,8}$",
            "https://register-of-charities.charitycommission.gov.uk/charity-search/-/charity-details/%s"),
    GB_SC("GB-SC", "Scottish Charity Regulator", "^SC[0-9]{6}$",
            "https://www.oscr.org.uk/about-charities/search-the-register/charity-details?number=%s"),
    GB_NIC("GB-NIC", "Charity Commission for Northern Ireland", "^1[0-9]{5}$",
            "https://www.charitycommissionni.org.uk/charity-details/?regId=%s"),
    GB_COH("GB-COH", "Companies House", "^(?:[0-9]{8}|[A-Z]{2}[0-9]{6}|R0[0-9]{6}|IP[0-9]{5}[A-Z])$",
            "https://find-and-update.company-information.service.gov.uk/company/%s"),
    GB_MPR("GB-MPR", "FCA Mutuals Public Register", "^(?:IP|RS|CU|IS|FS)?[0-9]{1,6}[A-Z]{0,2}$",
            "https://mutuals.fca.org.uk/Search/Society?q=%s"),
    GB_EDU("GB-EDU", "Register of Schools (England and Wales)", "^[0-9]{6}$",
            "https://get-information-schools.service.gov.uk/Establishments/Establishment/Details/%s"),
    GB_LAE("GB-LAE", "Local Authorities for England", "^[A-Z]{3,4}$", "https://org-id.guide/list/GB-LAE#%s"),
    GB_GOR("GB-GOR", "Government Organisation Register", "^(?:D|EA|PB|OT|PC|CO|MG|NC)[0-9]{1,4}$",
            "https://org-id.guide/list/GB-GOR#%s"),
    GB_NHS("GB-NHS", "NHS Organisation Data Service", "^[A-Z0-9]{3,6}$",
            "https://odsportal.digital.nhs.uk/Organisation/OrganisationDetails?organisationId=%s");

    private final String prefix;
    private final String register;
    private final Pattern format;
    private final String lookupUrl;

    OrgIdScheme(String prefix, String register, String format, String lookupUrl) {
        this.prefix = prefix;
        this.register = register;
        this.format = Pattern.compile(format);
        this.lookupUrl = lookupUrl;
    }

    public String prefix() {
        return prefix;
    }

    public String register() {
        return register;
    }

    public boolean accepts(String identifier) {
        return identifier != null && format.matcher(identifier).matches();
    }

    public String lookupUrl(String identifier) {
        return String.format(lookupUrl, identifier);
    }

    /** Writes an identifier the way the register does (upper case, no spaces, charity numbers unpadded). */
    public String normalise(String identifier) {
        String compact = identifier == null ? "" : identifier.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        if (this == GB_COH && compact.matches("^[0-9]{1,7}$")) {
            return "0".repeat(8 - compact.length()) + compact;
        }
        return compact;
    }

    public static Optional<OrgIdScheme> ofPrefix(String prefix) {
        return Arrays.stream(values()).filter(scheme -> scheme.prefix.equalsIgnoreCase(prefix)).findFirst();
    }
}
