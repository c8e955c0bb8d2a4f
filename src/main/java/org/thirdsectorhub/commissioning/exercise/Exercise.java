package org.thirdsectorhub.commissioning.exercise;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;

/** A commissioning exercise as stored: who owns it, where it is in the cycle, and what it has recorded. */
public record Exercise(UUID id, String title, UUID ownerOrganisation, String ownerName, String partners, String stage,
        String serviceArea, List<String> purposeCodes, List<String> wardCodes, ExerciseEvidence evidence, int version,
        Instant updatedAt) {}
