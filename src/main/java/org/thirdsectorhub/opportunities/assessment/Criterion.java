package org.thirdsectorhub.opportunities.assessment;

import java.util.UUID;

/** What applications are scored against; the weights of a round add up to 100. */
public record Criterion(UUID id, int position, String title, String guidance, int weight, boolean socialValue) {}
