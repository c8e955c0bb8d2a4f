package org.thirdsectorhub.opportunities;

import java.util.UUID;

/** The decisions on a grant round or tender were published, and the successful ones became awards. */
public record DecisionsPublished(UUID opportunity, String reference, boolean tender, int awardsMade) {}
