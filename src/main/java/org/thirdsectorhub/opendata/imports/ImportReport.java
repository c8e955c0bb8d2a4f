package org.thirdsectorhub.opendata.imports;

import java.util.List;
import java.util.UUID;

/**
 * What an import found: records imported and rejected, every correction and violation with its record and
 * field, and which recipients matched the register. {@code outcome} is SUCCEEDED, REFUSED (the file could not
 * be read; nothing was imported) or FAILED.
 */
public record ImportReport(UUID run, Standard standard, String fileName, String format, String outcome, String message,
        int imported, int rejected, List<Correction> corrections, List<Violation> violations, List<Matched> matched,
        List<NotInRegister> notInRegister) {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";

    /** A record whose recipient is a register organisation. */
    public record Matched(String record, String recipientName, UUID organisation) {}

    /** A record stored whose recipient is not in the register. */
    public record NotInRegister(String record, String recipientName, String recipientOrgId) {}

    public boolean succeeded() {
        return SUCCEEDED.equals(outcome);
    }

    /** One line for the command line and the audit trail. */
    public String summary() {
        if (!succeeded()) {
            return fileName + ": " + message;
        }
        return fileName + ": " + imported + " imported, " + rejected + " rejected, " + corrections.size()
                + " corrections, " + violations.size() + " violations, " + matched.size() + " matched to the register, "
                + notInRegister.size() + " not in the register";
    }
}
