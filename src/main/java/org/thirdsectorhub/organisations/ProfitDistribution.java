package org.thirdsectorhub.organisations;

/** Where an organisation's surpluses may go: nowhere but its purpose, to its members, or to shareholders. */
public enum ProfitDistribution {
    NONE,
    TO_MEMBERS,
    TO_SHAREHOLDERS
}
