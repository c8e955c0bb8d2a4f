package org.thirdsectorhub.socialvalue.engine;

/** How well an assumption is evidenced; the results page highlights the weakest ones. */
public enum EvidenceGrade {
    STRONG,
    MEDIUM,
    WEAK
}
