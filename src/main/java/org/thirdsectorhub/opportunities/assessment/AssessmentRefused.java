package org.thirdsectorhub.opportunities.assessment;

/** A step the assessment rules do not allow now; the message is a message key people read. */
public class AssessmentRefused extends RuntimeException {

    private final transient Object[] arguments;

    public AssessmentRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments;
    }
}
