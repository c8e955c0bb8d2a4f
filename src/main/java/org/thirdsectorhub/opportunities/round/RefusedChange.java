package org.thirdsectorhub.opportunities.round;

/**
 * A change the rules refuse because of where things stand (after the deadline, once submitted), not
 * because of what was typed: the pages answer it with 409 and the message key's words.
 */
public class RefusedChange extends RuntimeException {

    private final String messageKey;

    public RefusedChange(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
