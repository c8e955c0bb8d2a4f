package org.thirdsectorhub.opportunities;

/** An attachment with its content, for downloading. */
public record AttachmentFile(AttachmentInfo info, byte[] content) {}
