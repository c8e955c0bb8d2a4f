package org.thirdsectorhub.shared.security;

import java.util.UUID;

/** A signed-in principal that is an account of the hub. */
public interface IdentifiedPrincipal {

    UUID userId();

    String email();
}
