package org.thirdsectorhub.opendata.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the hub names itself in open data. The defaults are placeholders of the right shape: a real
 * deployment registers its 360Giving prefix with 360Giving and its ocid prefix with the Open Contracting
 * Partnership, and sets them here.
 */
@Component
public class PublicationSettings {

    private final String grantPrefix;
    private final String ocidPrefix;
    private final String publisherName;
    private final String publisherOrgId;
    private final String licence;
    private final String baseUrl;
    private final String districtCode;

    PublicationSettings(@Value("${hub.opendata.giving-prefix:360G-mkthirdsector}") String grantPrefix,
            @Value("${hub.opendata.ocid-prefix:ocds-mkth00}") String ocidPrefix,
            @Value("${hub.opendata.publisher-name:Milton Keynes Third Sector Hub}") String publisherName,
            @Value("${hub.opendata.publisher-org-id:}") String publisherOrgId,
            @Value("${hub.opendata.licence:https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/}")
            String licence,
            @Value("${hub.base-url:http://localhost:8080}") String baseUrl,
            @Value("${hub.opendata.district:E06000042}") String districtCode) {
        this.districtCode = districtCode;
        this.grantPrefix = grantPrefix;
        this.ocidPrefix = ocidPrefix;
        this.publisherName = publisherName;
        this.publisherOrgId = publisherOrgId;
        this.licence = licence;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String grantPrefix() {
        return grantPrefix;
    }

    public String ocidPrefix() {
        return ocidPrefix;
    }

    public String publisherName() {
        return publisherName;
    }

    public String publisherOrgId() {
        return publisherOrgId;
    }

    public String licence() {
        return licence;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The local authority (ONS code) every grant of the hub benefits, as well as its wards. */
    public String districtCode() {
        return districtCode;
    }
}
