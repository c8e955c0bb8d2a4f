package org.thirdsectorhub.opendata.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The metadata around the records of each package: the same for the check and for the published file. */
@Component
class PackageEnvelopes {

    /** The 360Giving package schema asks for major.minor. */
    static final String GIVING_VERSION = "1.4";
    static final String OCDS_VERSION = "1.1";

    private final PublicationSettings settings;

    PackageEnvelopes(PublicationSettings settings) {
        this.settings = settings;
    }

    /** Every field of the package except its records (grants or releases), in the order they are written. */
    ObjectNode envelope(Dataset dataset, Instant published) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        String at = ReleaseDocuments.rfc3339(published);
        if (dataset == Dataset.GRANTS) {
            envelope.put("version", GIVING_VERSION);
            envelope.put("title", settings.publisherName() + " grants");
            envelope.put("description", "Grants made through " + settings.publisherName()
                    + ", checked against the 360Giving Data Standard before publication");
            envelope.put("identifier", settings.grantPrefix() + "-" + LocalDate.ofInstant(published, ZoneId.of("Europe/London")));
            envelope.put("issued", at);
            envelope.put("modified", at);
            ObjectNode publisher = envelope.putObject("publisher");
            publisher.put("name", settings.publisherName());
            if (!settings.publisherOrgId().isBlank()) {
                publisher.put("identifier", settings.publisherOrgId());
            }
            publisher.put("website", settings.baseUrl() + "/");
            envelope.put("license", settings.licence());
            envelope.put("accessURL", settings.baseUrl() + "/opendata");
            envelope.put("downloadURL", settings.baseUrl() + "/api/v1/opendata/360giving.json");
        } else {
            envelope.put("uri", settings.baseUrl() + "/api/v1/opendata/ocds/releases.json");
            envelope.put("version", OCDS_VERSION);
            envelope.putArray("extensions").add(ReleaseDocuments.SUITABILITY_EXTENSION);
            envelope.put("publishedDate", at);
            ObjectNode publisher = envelope.putObject("publisher");
            publisher.put("name", settings.publisherName());
            int split = settings.publisherOrgId().indexOf('-', settings.publisherOrgId().indexOf('-') + 1);
            if (split > 0) {
                publisher.put("scheme", settings.publisherOrgId().substring(0, split));
                publisher.put("uid", settings.publisherOrgId().substring(split + 1));
            }
            publisher.put("uri", settings.baseUrl() + "/");
            envelope.put("license", settings.licence());
            envelope.put("publicationPolicy", settings.baseUrl() + "/opendata");
        }
        return envelope;
    }

    ObjectNode withOne(Dataset dataset, Instant published, JsonNode record) {
        ObjectNode envelope = envelope(dataset, published);
        envelope.putArray(recordsField(dataset)).add(record);
        return envelope;
    }

    static String recordsField(Dataset dataset) {
        return dataset == Dataset.GRANTS ? "grants" : "releases";
    }
}
