package dev.alertdigest.store;

import org.crac.Context;
import org.crac.Resource;

/**
 * A function that primes itself before SnapStart snapshots it: {@link #prime()} runs the function's own code on
 * made-up input, storing and sending nothing, so that the snapshot holds that code loaded and compiled and a
 * restored function does not pay for it on its first request. The handler registers itself in its Lambda
 * constructor ({@code Core.getGlobalContext().register(this)}); template.yaml enables SnapStart on published
 * versions.
 */
public interface SnapStartPriming extends Resource {

    /** Runs the function's code on made-up input; stores nothing, sends nothing. Returns how many items it ran. */
    int prime();

    /** SnapStart is about to snapshot the initialised function: prime it, so the snapshot holds warm code. */
    @Override
    default void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    default void afterRestore(Context<? extends Resource> context) {
        // nothing to restore: the SDK clients reconnect on their first request
    }
}
