package org.thirdsectorhub.socialvalue.engine;

/** What an input to the activity is. */
public enum InputKind {
    /** Money spent. */
    MONEY,
    /** Goods, premises or services given, at their market value. */
    IN_KIND,
    /** Volunteer time, valued as hours × an hourly rate. */
    VOLUNTEER_TIME
}
