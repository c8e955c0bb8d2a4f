package org.thirdsectorhub.opportunities;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an application, without its content. */
public record AttachmentInfo(UUID id, UUID application, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {

    /** The size as people read it, such as 240 KB or 1.2 MB. */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    /** The kind of file as people name it, such as PDF or CSV: its extension, or else its content type. */
    public String kind() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && dot < fileName.length() - 1 ? fileName.substring(dot + 1).toUpperCase(java.util.Locale.UK)
                : contentType.isBlank() ? "-" : contentType;
    }
}
