package org.thirdsectorhub.organisations.directory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value worth computing once for a short while, such as the facet counts of the whole directory.
 *
 * <p>Computing it can take seconds on a national register, so it is computed by one caller at a time:
 * when nothing is held the others wait for that caller's answer, and when the value is merely old they
 * keep getting the old one until the new one is ready. Measured without this, sixteen clients arriving
 * together all computed the facets at once and the directory page fell to two requests a second.
 */
final class ShortLived<T> {

    private final long lifetimeNanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    private volatile Held<T> held;

    ShortLived(Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
    }

    T get(Supplier<T> compute) {
        Held<T> current = held;
        if (current != null && fresh(current)) {
            return current.value();
        }
        if (current != null) {
            if (refreshing.compareAndSet(false, true)) {
                try {
                    return compute(compute);
                } finally {
                    refreshing.set(false);
                }
            }
            return current.value();
        }
        synchronized (this) {
            current = held;
            return current != null && fresh(current) ? current.value() : compute(compute);
        }
    }

    /** Drops the value; one computed from data read before this call is not kept either. */
    void forget() {
        generation.incrementAndGet();
        held = null;
    }

    private T compute(Supplier<T> compute) {
        long startedIn = generation.get();
        long startedAt = System.nanoTime();
        T value = compute.get();
        if (generation.get() == startedIn) {
            held = new Held<>(value, startedAt);
        }
        return value;
    }

    private boolean fresh(Held<T> current) {
        return System.nanoTime() - current.at() <= lifetimeNanos;
    }

    private record Held<T>(T value, long at) {}
}
