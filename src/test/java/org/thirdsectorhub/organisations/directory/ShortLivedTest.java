package org.thirdsectorhub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortLivedTest {

    @Test
    void callersArrivingTogetherComputeTheValueOnce() throws Exception {
        ShortLived<Integer> kept = new ShortLived<>(Duration.ofMinutes(1));
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> kept.get(() -> {
                    computations.incrementAndGet();
                    await(release);
                    return 42;
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(42);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void anOldValueIsServedWhileOneCallerComputesTheNewOne() throws Exception {
        ShortLived<String> kept = new ShortLived<>(Duration.ofMillis(1));
        kept.get(() -> "old");
        Thread.sleep(5);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> refresher = pool.submit(() -> kept.get(() -> {
                computing.countDown();
                await(release);
                return "new";
            }));
            assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(kept.get(() -> "a second computation")).isEqualTo("old");
            release.countDown();
            assertThat(refresher.get(5, TimeUnit.SECONDS)).isEqualTo("new");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aValueComputedBeforeAChangeIsNotKeptAfterIt() {
        ShortLived<String> kept = new ShortLived<>(Duration.ofMinutes(1));
        assertThat(kept.get(() -> {
            kept.forget();
            return "read before the change";
        })).isEqualTo("read before the change");
        assertThat(kept.get(() -> "read after the change")).isEqualTo("read after the change");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
