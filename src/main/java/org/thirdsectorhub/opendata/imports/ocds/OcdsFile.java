package org.thirdsectorhub.opendata.imports.ocds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.thirdsectorhub.opendata.imports.InputFiles;
import org.thirdsectorhub.opendata.imports.UnreadableFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

/**
 * An OCDS file on disk, read with the streaming parser so that a package is never held in memory whole.
 * A first pass notes the top-level fields (the package's own small ones kept, its arrays skipped) and checks
 * the whole file is JSON; a second pass hands over the releases or records one tree at a time. Because the
 * first pass sees the whole file, the top-level fields may come in any order and a file broken half-way is
 * refused before any release is read.
 */
final class OcdsFile {

    /** The top-level fields of the file: how often each name occurs, and the package's version and publisher. */
    record TopLevel(Map<String, Integer> names, JsonNode version, JsonNode publisher) {

        boolean has(String name) {
            return names.containsKey(name);
        }

        /** As a tree would read a repeated name: its last occurrence counts. */
        int occurrences(String name) {
            return names.getOrDefault(name, 0);
        }
    }

    interface Item {
        void accept(int index, JsonNode node);
    }

    private interface Reading<T> {
        T read(JsonParser parser);
    }

    private final JsonMapper json;
    private final ObjectReader trees;
    private final Path file;
    private final String fileName;

    OcdsFile(JsonMapper json, Path file, String fileName) {
        this.json = json;
        this.trees = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.file = file;
        this.fileName = fileName;
    }

    TopLevel survey() {
        return parse(parser -> {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                throw new UnreadableFile(fileName + " is not an OCDS release, record or package (it is not a JSON object).");
            }
            Map<String, Integer> names = new HashMap<>();
            JsonNode version = MissingNode.getInstance();
            JsonNode publisher = MissingNode.getInstance();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                names.merge(name, 1, Integer::sum);
                if ("version".equals(name)) {
                    version = value.isScalarValue() ? tree(parser) : MissingNode.getInstance();
                    parser.skipChildren();
                } else if ("publisher".equals(name)) {
                    publisher = tree(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return new TopLevel(names, version, publisher);
        });
    }

    /** Each element of the top-level array {@code name} (its last occurrence), one tree at a time. */
    void each(String name, int occurrence, Item item) {
        parse(parser -> {
            parser.nextToken();
            int seen = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean wanted = name.equals(parser.currentName()) && ++seen == occurrence;
                JsonToken value = parser.nextToken();
                if (wanted && value == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        item.accept(++index, tree(parser));
                    }
                    return null;
                }
                parser.skipChildren();
            }
            return null;
        });
    }

    /** The whole file as one tree: only for a single release or record, which is one record of the report. */
    JsonNode whole() {
        return parse(parser -> {
            parser.nextToken();
            return tree(parser);
        });
    }

    /** The tree at the parser; what follows it is read on, not held against it. */
    private JsonNode tree(JsonParser parser) {
        JsonNode node = trees.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    private <T> T parse(Reading<T> reading) {
        try (BufferedReader reader = InputFiles.open(file, fileName); JsonParser parser = json.createParser(reader)) {
            return reading.read(parser);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new UnreadableFile(fileName + " is not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
    }
}
