package org.thirdsectorhub.commissioning.exercise;

import java.util.List;
import java.util.UUID;

/** What a commissioner gives to start an exercise. */
public record NewExercise(String title, UUID ownerOrganisation, String ownerName, String partners, String serviceArea,
        List<String> purposeCodes, List<String> wardCodes) {}
