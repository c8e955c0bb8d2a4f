package org.thirdsectorhub.opendata.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a large OCDS release package with Jackson's generator: every release an award of one contract to
 * one supplier, with the releases before the package's version and publisher, as some publishers write them.
 */
final class LargeOcdsPackage {

    private LargeOcdsPackage() {}

    static Path write(Path file, String ocidPrefix, int releases) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
            json.writeStartObject();
            json.writeName("uri");
            json.writeString("https://example.org/ocds/" + ocidPrefix + ".json");
            json.writeName("publishedDate");
            json.writeString("2026-11-01T09:00:00Z");
            json.writeArrayPropertyStart("releases");
            for (int i = 1; i <= releases; i++) {
                release(json, ocidPrefix + "-" + i, i);
            }
            json.writeEndArray();
            json.writeName("version");
            json.writeString("1.1");
            json.writeObjectPropertyStart("publisher");
            json.writeName("name");
            json.writeString("Milton Keynes City Council");
            json.writeEndObject();
            json.writeEndObject();
        }
        return file;
    }

    private static void release(JsonGenerator json, String ocid, int n) {
        String supplier = "GB-CHC-" + (1_100_000 + n);
        json.writeStartObject();
        property(json, "ocid", ocid);
        property(json, "id", ocid + "-award");
        property(json, "date", "2026-10-01T12:00:00Z");
        json.writeArrayPropertyStart("tag");
        json.writeString("award");
        json.writeEndArray();
        property(json, "initiationType", "tender");
        json.writeObjectPropertyStart("buyer");
        property(json, "id", "GB-LAE-MIK");
        property(json, "name", "Milton Keynes City Council");
        json.writeEndObject();
        json.writeArrayPropertyStart("parties");
        party(json, "GB-LAE-MIK", "Milton Keynes City Council", "GB-LAE", "MIK", "buyer");
        party(json, supplier, "Supplier " + n, "GB-CHC", String.valueOf(1_100_000 + n), "supplier");
        json.writeEndArray();
        json.writeObjectPropertyStart("tender");
        property(json, "id", ocid + "-tender");
        property(json, "title", "Community support services lot " + n);
        property(json, "description", "Support for residents of Milton Keynes wards, lot " + n + ".");
        json.writeEndObject();
        json.writeArrayPropertyStart("awards");
        json.writeStartObject();
        property(json, "id", ocid + "-award-1");
        property(json, "title", "Community support services lot " + n);
        property(json, "status", "active");
        property(json, "date", "2026-10-01T12:00:00Z");
        json.writeObjectPropertyStart("value");
        json.writeName("amount");
        json.writeNumber(1000 + n);
        property(json, "currency", "GBP");
        json.writeEndObject();
        json.writeArrayPropertyStart("suppliers");
        json.writeStartObject();
        property(json, "id", supplier);
        property(json, "name", "Supplier " + n);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void party(JsonGenerator json, String id, String name, String scheme, String number, String role) {
        json.writeStartObject();
        property(json, "id", id);
        property(json, "name", name);
        json.writeObjectPropertyStart("identifier");
        property(json, "scheme", scheme);
        property(json, "id", number);
        json.writeEndObject();
        json.writeArrayPropertyStart("roles");
        json.writeString(role);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void property(JsonGenerator json, String name, String value) {
        json.writeName(name);
        json.writeString(value);
    }
}
