package org.thirdsectorhub.mail;

import java.time.Instant;
import java.util.UUID;

/** A message in the outbox, waiting, sent, or failed after retries. */
public record OutboxMessage(UUID id, Instant createdAt, String recipient, String subject, String body, String status,
        int attempts, Instant sentAt, String lastError) {}
