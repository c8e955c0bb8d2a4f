package org.thirdsectorhub.organisations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an import has done so far. Written by the import's thread and read by the progress page, so
 * every counter is atomic; the problems are kept in full (a report lists every failed row).
 */
public final class ImportProgress {

    final AtomicLong rowsRead = new AtomicLong();
    final AtomicLong imported = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong removed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong flagged = new AtomicLong();
    private final List<ImportProblem> problems = new ArrayList<>();
    private volatile String stage = "starting";

    public void stage(String stage) {
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }

    public void rowRead() {
        rowsRead.incrementAndGet();
    }

    public void problem(ImportProblem problem) {
        synchronized (problems) {
            problems.add(problem);
        }
    }

    public void imported(long n) {
        imported.addAndGet(n);
    }

    public void updated(long n) {
        updated.addAndGet(n);
    }

    public void unchanged(long n) {
        unchanged.addAndGet(n);
    }

    public void removed(long n) {
        removed.addAndGet(n);
    }

    public void skipped(long n) {
        skipped.addAndGet(n);
    }

    public void flagged(long n) {
        flagged.addAndGet(n);
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public int failed() {
        synchronized (problems) {
            return problems.size();
        }
    }

    public List<ImportProblem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    public ImportCounts counts() {
        return new ImportCounts(imported.get(), updated.get(), unchanged.get(), removed.get(), skipped.get(),
                flagged.get(), failed());
    }
}
