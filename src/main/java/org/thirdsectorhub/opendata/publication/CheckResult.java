package org.thirdsectorhub.opendata.publication;

import java.util.List;

/**
 * What checking a dataset found: how many records are valid, every invalid one (up to a limit, with the
 * total), and problems with the package itself, which stop a publication altogether.
 */
public record CheckResult(Dataset dataset, int validCount, int invalidCount, List<InvalidRecord> invalid,
        List<Problem> packageProblems, PublicationSummary publication) {

    /** Whether the checked records can go out: some are valid and the package around them is. */
    public boolean publishable() {
        return validCount > 0 && packageProblems.isEmpty();
    }

    public boolean published() {
        return publication != null;
    }
}
