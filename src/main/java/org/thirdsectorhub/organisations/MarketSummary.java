package org.thirdsectorhub.organisations;

import java.util.List;
import java.util.Map;

/**
 * The providers in the register whose areas of work and wards match a service: counted by kind and
 * legal form, with the quality marks they hold.
 */
public record MarketSummary(int organisations, int thirdSector, Map<String, Integer> byKind,
        Map<String, Integer> byLegalForm, Map<String, Integer> qualityMarks, List<OrganisationSummary> sample) {}
