package org.thirdsectorhub.organisations.imports;

import java.util.concurrent.atomic.AtomicReference;

/** A part of an import read on a thread of its own; {@link #join} waits for it and throws what it threw. */
final class SideRead {

    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private SideRead(String name, Runnable read) {
        thread = new Thread(() -> {
            try {
                read.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
        thread.setDaemon(true);
    }

    static SideRead start(String name, Runnable read) {
        SideRead side = new SideRead(name, read);
        side.thread.start();
        return side;
    }

    void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
        rethrow(failure.get());
    }

    /** Throws a failure met on another thread in this one, as it was where possible. */
    static void rethrow(Throwable failed) {
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }
}
