package org.thirdsectorhub.organisations.imports;

/** How a run ended: imported (perhaps with some rows failed), failed with nothing imported, or refused. */
public enum ImportOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED,
    REFUSED;

    public String messageKey() {
        return "imports.outcome." + name();
    }
}
