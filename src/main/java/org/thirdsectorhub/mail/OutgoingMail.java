package org.thirdsectorhub.mail;

/** A plain-text email to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        if (to == null || to.isBlank() || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("A mail needs a recipient, a subject and a body");
        }
    }
}
