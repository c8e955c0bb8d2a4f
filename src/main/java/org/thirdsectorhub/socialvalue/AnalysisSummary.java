package org.thirdsectorhub.socialvalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An analysis as other modules see it.
 *
 * @param id the analysis
 * @param title its title
 * @param kind forecast or evaluative
 * @param owner who owns it
 * @param shared whether every signed-in person may see it
 * @param version the current version number (1 for a new analysis)
 * @param ratio the SROI ratio of the current version, or null when it cannot be calculated yet
 * @param updatedAt when it last changed
 */
public record AnalysisSummary(UUID id, String title, AnalysisKind kind, AnalysisOwner owner, boolean shared, int version,
        BigDecimal ratio, Instant updatedAt) {
}
