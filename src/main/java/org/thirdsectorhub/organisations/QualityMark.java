package org.thirdsectorhub.organisations;

/** Quality standards an organisation can hold; awards typically last three years. */
public enum QualityMark {
    PQASSO_LEVEL_1,
    PQASSO_LEVEL_2,
    PQASSO_LEVEL_3,
    TRUSTED_CHARITY,
    INVESTING_IN_VOLUNTEERS,
    MATRIX,
    ADVICE_QUALITY_STANDARD,
    CUSTOMER_SERVICE_EXCELLENCE,
    INVESTORS_IN_PEOPLE,
    ISO_9001;

    public String messageKey() {
        return "qualityMark." + name();
    }
}
