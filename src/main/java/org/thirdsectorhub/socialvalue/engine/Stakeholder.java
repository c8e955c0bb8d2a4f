package org.thirdsectorhub.socialvalue.engine;

/**
 * Someone who experiences change or puts something in.
 *
 * @param name as used by outcomes and inputs
 * @param description who they are and how they were involved
 */
public record Stakeholder(String name, String description) {
}
