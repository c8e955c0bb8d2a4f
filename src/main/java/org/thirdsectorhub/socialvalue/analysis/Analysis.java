package org.thirdsectorhub.socialvalue.analysis;

import java.time.Instant;
import java.util.UUID;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.AnalysisOwner;

/**
 * The current version of an analysis.
 *
 * @param basedOn the forecast an evaluative analysis was created from
 * @param copiedFrom the analysis this one is a copy of
 */
public record Analysis(UUID id, String title, AnalysisKind kind, AnalysisOwner owner, boolean shared, UUID basedOn,
        UUID copiedFrom, int version, AnalysisDocument document, UUID createdBy, Instant createdAt, UUID updatedBy,
        Instant updatedAt) {

    Analysis withContent(String newTitle, AnalysisDocument newDocument, UUID by, Instant at) {
        return new Analysis(id, newTitle, kind, owner, shared, basedOn, copiedFrom, version + 1, newDocument, createdBy,
                createdAt, by, at);
    }
}
