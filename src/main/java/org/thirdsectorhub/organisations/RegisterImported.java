package org.thirdsectorhub.organisations;

import java.util.UUID;

/** An import from a register (Charity Commission, Companies House, a local spreadsheet) changed the register. */
public record RegisterImported(UUID runId, String kind) {}
