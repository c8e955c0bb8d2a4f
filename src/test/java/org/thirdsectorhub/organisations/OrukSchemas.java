package org.thirdsectorhub.organisations;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official Open Referral UK 3.0 schemas from {@code ../shared/data/oruk/oruk-3.0-profile/}, read from
 * disk. The profile's OpenAPI description refers to them by their GitHub addresses; those addresses are
 * mapped to the local files, so nothing is fetched from the network.
 */
final class OrukSchemas {

    static final Path PROFILE = Path.of("../shared/data/oruk/oruk-3.0-profile").toAbsolutePath().normalize();
    private static final String REMOTE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
    private static final String OPENAPI = REMOTE + "openapi.json";

    private final SchemaRegistry registry;

    OrukSchemas() {
        if (!Files.isDirectory(PROFILE.resolve("schema-compiled"))) {
            throw new IllegalStateException("The ORUK schemas are missing: " + PROFILE);
        }
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(OrukSchemas::local));
    }

    /** The local copy of a schema the profile names by its GitHub address; null for anything else. */
    private static String local(String iri) {
        if (!iri.startsWith(REMOTE)) {
            return null;
        }
        String name = iri.substring(REMOTE.length());
        Path file = name.startsWith("compiled/") ? PROFILE.resolve("schema-compiled").resolve(name.substring(9))
                : PROFILE.resolve("schema").resolve(name);
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema of the 200 answer of a path in the profile's OpenAPI description, e.g. "/services". */
    Schema response(String path) {
        String pointer = "#/paths/" + path.replace("~", "~0").replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema";
        return registry.getSchema(SchemaLocation.of(OPENAPI + pointer));
    }

    /** A compiled schema by file name, e.g. "organization.json". */
    Schema compiled(String file) {
        return registry.getSchema(SchemaLocation.of(REMOTE + "compiled/" + file));
    }

    /** A page (the OpenAPI Page) whose contents each validate against the compiled schema named. */
    Schema pageOf(String compiledFile) {
        String schema = """
                {"$id": "%spages/%s",
                 "allOf": [{"$ref": "%s#/components/schemas/Page"}],
                 "properties": {"contents": {"type": "array", "items": {"$ref": "%scompiled/%s"}}}}"""
                .formatted(REMOTE, compiledFile, OPENAPI, REMOTE, compiledFile);
        return registry.getSchema(schema, InputFormat.JSON);
    }

    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
