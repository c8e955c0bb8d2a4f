package org.thirdsectorhub.socialvalue.analysis;

import java.time.Instant;
import java.util.UUID;

/** An earlier version of an analysis, kept when a later save changed it. */
public record AnalysisVersion(UUID analysisId, int version, String title, AnalysisDocument document, UUID savedBy,
        Instant savedAt) {
}
