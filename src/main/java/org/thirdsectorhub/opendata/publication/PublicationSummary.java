package org.thirdsectorhub.opendata.publication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A publication of a dataset: when, by whom, how many records went out and which were kept out and why. */
public record PublicationSummary(UUID id, Dataset dataset, Instant publishedAt, String publishedBy, int publishedCount,
        int excludedCount, List<InvalidRecord> exclusions) {}
