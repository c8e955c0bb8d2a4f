package org.thirdsectorhub.audit;

/**
 * What changed: the module and entity it belongs to, the action ("created", "role given"), and a
 * sentence a person can read ("Gave Priya Shah the role Commissioner").
 */
public record AuditedChange(String module, String entityType, String entityId, String action, String summary) {

    public AuditedChange {
        requireText(module, "module");
        requireText(entityType, "entityType");
        requireText(action, "action");
        requireText(summary, "summary");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
