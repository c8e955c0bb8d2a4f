package org.thirdsectorhub.opendata.publication;

import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** One record a publication would put out, before it is checked: its open-data id, where it came from, and the JSON. */
record Candidate(String recordId, UUID sourceId, int sourceVersion, String label, ObjectNode document, int locations) {}
