package org.thirdsectorhub.socialvalue;

/** Whether an analysis forecasts the value an activity will create or evaluates what it created. */
public enum AnalysisKind {
    /** Before delivery, from planned quantities (e.g. in a service specification or a bid). */
    FORECAST,
    /** After delivery, from actual monitoring data. */
    EVALUATIVE
}
