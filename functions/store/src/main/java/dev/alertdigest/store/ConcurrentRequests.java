package dev.alertdigest.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent DynamoDB requests sent side by side on a few short-lived threads. A digest reads ten thousand items and writes
 * a thousand stories: one request after another, it would spend most of its time waiting on round trips (and on a
 * 256 MB Lambda, with a seventh of a vCPU, waiting is what parallel requests save; the work itself stays small).
 */
final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    /**
     * Runs the calls, at most {@code parallelism} at a time, and returns their results in the calls' order. If any
     * call fails, the first failure (in call order) is rethrown once all have finished, so a failed run leaves no
     * request still in flight behind it.
     */
    static <T> List<T> all(List<Callable<T>> calls, int parallelism) {
        if (calls.size() <= 1) {
            List<T> results = new ArrayList<>(calls.size());
            for (Callable<T> call : calls) {
                results.add(callDirectly(call));
            }
            return results;
        }
        List<Future<T>> futures;
        // platform threads, not virtual ones: on the java21 runtime a virtual thread blocked inside a synchronized
        // block pins its carrier, and a Lambda has one or two carriers, so the requests could end up one at a time
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, calls.size()),
                Thread.ofPlatform().name("dynamodb-", 0).daemon(true).factory())) {
            futures = pool.invokeAll(calls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting on DynamoDB requests", e);
        }
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting on DynamoDB requests", e);
            }
        }
        return results;
    }

    private static <T> T callDirectly(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw rethrown(e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("DynamoDB request failed: " + cause.getMessage(), cause);
    }
}
