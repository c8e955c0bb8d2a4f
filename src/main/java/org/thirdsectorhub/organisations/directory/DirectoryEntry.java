package org.thirdsectorhub.organisations.directory;

import java.util.UUID;

/** One organisation in a list of search results. */
public record DirectoryEntry(UUID id, String name, String legalForm, String kind, boolean thirdSector,
        String description, String town, String postcode, String wardCode, String wardName, String incomeBand) {}
