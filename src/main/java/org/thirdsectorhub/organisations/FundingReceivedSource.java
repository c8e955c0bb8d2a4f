package org.thirdsectorhub.organisations;

import java.util.List;
import java.util.UUID;

/**
 * Modules that know of money an organisation received implement this; the organisation's public page lists
 * what every implementation returns, so the register never depends on the modules above it.
 */
public interface FundingReceivedSource {

    /** The funding received by this organisation, newest first. */
    List<FundingReceived> fundingReceivedBy(UUID organisation);
}
