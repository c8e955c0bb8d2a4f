package org.thirdsectorhub.organisations.directory;

import java.time.Duration;
import java.util.function.Supplier;

/** A value worth computing once for a short while, such as the facet counts of the whole directory. */
final class ShortLived<T> {

    private final long lifetimeNanos;
    private volatile Held<T> held;

    ShortLived(Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
    }

    T get(Supplier<T> compute) {
        Held<T> current = held;
        long now = System.nanoTime();
        if (current == null || now - current.at() > lifetimeNanos) {
            current = new Held<>(compute.get(), now);
            held = current;
        }
        return current.value();
    }

    void forget() {
        held = null;
    }

    private record Held<T>(T value, long at) {}
}
