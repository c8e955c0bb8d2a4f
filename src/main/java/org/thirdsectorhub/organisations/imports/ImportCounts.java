package org.thirdsectorhub.organisations.imports;

/** What an import did, organisation by organisation; {@code failed} counts malformed rows. */
public record ImportCounts(long imported, long updated, long unchanged, long removed, long skipped, long flagged,
        long failed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);

    public String summary() {
        return imported + " imported, " + updated + " updated, " + unchanged + " unchanged, " + removed + " removed, "
                + skipped + " skipped, " + flagged + " flagged, " + failed + " failed";
    }
}
