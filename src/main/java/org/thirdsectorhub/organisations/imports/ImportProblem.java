package org.thirdsectorhub.organisations.imports;

/** A row that could not be imported: the file it is in, its line (1 is the header) and why. */
public record ImportProblem(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + " line " + line + ": " + reason;
    }
}
