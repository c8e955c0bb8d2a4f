package org.thirdsectorhub.organisations.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads on a second thread while the caller's thread writes. The import's transaction belongs to the
 * caller's thread, so it is the reading (parsing the file, building and hashing profiles) that moves:
 * PostgreSQL and the reader then work at the same time. At most two batches wait between them, so the
 * heap stays small. A failure on either side stops both and is thrown in the caller's thread.
 */
final class ReadAhead {

    private ReadAhead() {}

    interface Reader<T> {
        void read(Consumer<T> sink);
    }

    private static final Object END = new Object();

    /** Thrown inside the reader when the writer has stopped, to unwind it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> void run(String name, Reader<T> reader, Consumer<T> writer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                reader.read(item -> put(queue, item, stopped));
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                failure.set(e);
            }
            try {
                put(queue, END, stopped);
            } catch (Stopped e) {
                // The writer has gone already.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        try {
            Object item;
            while ((item = queue.take()) != END) {
                writer.accept((T) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } finally {
            stopped.set(true);
            queue.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SideRead.rethrow(failure.get());
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }
}
