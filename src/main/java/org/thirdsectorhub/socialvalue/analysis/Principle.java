package org.thirdsectorhub.socialvalue.analysis;

/** The seven principles of SROI (Cabinet Office / SROI Network guide, 2012), in the guide's order. */
public enum Principle {
    INVOLVE_STAKEHOLDERS,
    UNDERSTAND_WHAT_CHANGES,
    VALUE_WHAT_MATTERS,
    ONLY_WHAT_IS_MATERIAL,
    DO_NOT_OVER_CLAIM,
    BE_TRANSPARENT,
    VERIFY_THE_RESULT;

    public String messageKey() {
        return "sroi.principle." + name();
    }
}
