package org.thirdsectorhub.organisations.imports;

import java.util.List;
import java.util.UUID;

/** The report of one run. When the outcome is not SUCCEEDED nothing was imported and the counts are zero. */
public record ImportResult(UUID run, ImportKind kind, String fileName, ImportOutcome outcome, String message,
        ImportCounts counts, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return outcome == ImportOutcome.SUCCEEDED;
    }

    /** Exit code for the command line: 0 all imported, 3 imported but some rows failed, 1 nothing imported. */
    public int exitCode() {
        if (!succeeded()) {
            return 1;
        }
        return counts.failed() > 0 ? 3 : 0;
    }

    public String summary() {
        return switch (outcome) {
            case SUCCEEDED -> kind.word() + " import of " + fileName + ": " + counts.summary();
            case RUNNING -> kind.word() + " import of " + fileName + " is running";
            default -> kind.word() + " import of " + fileName + " " + outcome.name().toLowerCase() + ": " + message;
        };
    }
}
