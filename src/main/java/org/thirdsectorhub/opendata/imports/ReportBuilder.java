package org.thirdsectorhub.opendata.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Collects what an import finds as it reads; every record ends as imported or rejected, never neither. Only the
 * import's thread writes; the counters are volatile so the progress page can read them while it runs.
 */
public final class ReportBuilder {

    private final List<Correction> corrections = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private final List<ImportReport.Matched> matched = new ArrayList<>();
    private final List<ImportReport.NotInRegister> notInRegister = new ArrayList<>();
    private volatile int imported;
    private volatile int rejected;
    private volatile String format;

    public void format(String format) {
        this.format = format;
    }

    public String format() {
        return format;
    }

    public void corrected(String record, String field, String from, String to) {
        corrections.add(new Correction(record, field, shortened(from), shortened(to)));
    }

    /** Long texts (a description with a trailing space) are shown by their start; the change is in the whitespace. */
    private static String shortened(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "\u2026";
    }

    public void violation(String record, String field, String message) {
        violations.add(new Violation(record, field, message));
    }

    public void imported() {
        imported++;
    }

    public void rejected() {
        rejected++;
    }

    public void matched(String record, String recipientName, UUID organisation) {
        matched.add(new ImportReport.Matched(record, recipientName, organisation));
    }

    public void notInRegister(String record, String recipientName, String recipientOrgId) {
        notInRegister.add(new ImportReport.NotInRegister(record, recipientName, recipientOrgId));
    }

    public int importedCount() {
        return imported;
    }

    public int rejectedCount() {
        return rejected;
    }

    public ImportReport build(UUID run, Standard standard, String fileName) {
        return new ImportReport(run, standard, fileName, format, ImportReport.SUCCEEDED, null, imported, rejected,
                List.copyOf(corrections), List.copyOf(violations), List.copyOf(matched), List.copyOf(notInRegister));
    }
}
