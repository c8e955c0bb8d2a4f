package org.thirdsectorhub.opendata.schemas;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The official 360Giving 1.4.3 and OCDS 1.1.5 schemas. They refer to each other by absolute addresses;
 * every such address is answered from the copies packaged in the jar (or from {@code hub.opendata.schema-dir}
 * when set), so validation never touches the network.
 */
@Component
public class OpenDataSchemas {

    public static final String GRANT = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json";
    public static final String GRANT_PACKAGE = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
    public static final String OCDS_RELEASE = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    public static final String OCDS_RELEASE_PACKAGE = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json";
    public static final String OCDS_RECORD_PACKAGE = "https://standard.open-contracting.org/schema/1__1__5/record-package-schema.json";

    /** Every address the schemas use, with the packaged file that answers it. */
    private static final Map<String, String> FILES = Map.of(
            GRANT, "360giving/360-giving-schema.json",
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json",
            "360giving/360-giving-schema.json",
            GRANT_PACKAGE, "360giving/360-giving-package-schema.json",
            OCDS_RELEASE, "ocds/release-schema.json",
            OCDS_RELEASE_PACKAGE, "ocds/release-package-schema.json",
            OCDS_RECORD_PACKAGE, "ocds/record-package-schema.json");

    private final String schemaDir;
    private final SchemaRegistry grants;
    private final SchemaRegistry ocds;

    public OpenDataSchemas(@Value("${hub.opendata.schema-dir:}") String schemaDir) {
        this.schemaDir = schemaDir;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        grants = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(this::text));
        ocds = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(config).schemas(this::text));
    }

    /** Whether the official schemas are at hand; a jar built without them refuses to publish. */
    public boolean available() {
        return FILES.values().stream().allMatch(file -> {
            try (InputStream in = open(file)) {
                return in != null;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** One 360Giving grant. */
    public Schema grant() {
        return grants.getSchema(SchemaLocation.of(GRANT));
    }

    /** A 360Giving package (the grants inside are checked against the grant schema). */
    public Schema grantPackage() {
        return grants.getSchema(SchemaLocation.of(GRANT_PACKAGE));
    }

    /** One OCDS release. */
    public Schema ocdsRelease() {
        return ocds.getSchema(SchemaLocation.of(OCDS_RELEASE));
    }

    /** An OCDS release package. */
    public Schema ocdsReleasePackage() {
        return ocds.getSchema(SchemaLocation.of(OCDS_RELEASE_PACKAGE));
    }

    private String text(String address) {
        String file = FILES.get(address);
        if (file == null) {
            return null;
        }
        try (InputStream in = open(file)) {
            if (in == null) {
                throw new IllegalStateException("The official schema " + file + " is not packaged in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(String file) {
        try {
            if (!schemaDir.isBlank()) {
                Path path = Path.of(schemaDir, file);
                return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
            }
            return OpenDataSchemas.class.getResourceAsStream("/opendata-schemas/" + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
