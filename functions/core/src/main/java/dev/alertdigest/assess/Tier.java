package dev.alertdigest.assess;

/**
 * How pressing a reported threat is, on the scale of the US NTAS and the UK threat levels:
 * {@code BACKGROUND} (no credible threat / not about one), {@code ELEVATED} (credible but generic),
 * {@code SPECIFIC} (credible, with a named actor and target), {@code IMMINENT} (credible, specific, impending).
 */
public enum Tier {
    BACKGROUND, ELEVATED, SPECIFIC, IMMINENT;

    /** 0 to 3: the number subscribers filter on. */
    public int level() {
        return ordinal();
    }

    public static Tier ofLevel(int level) {
        return values()[Math.max(0, Math.min(level, values().length - 1))];
    }
}
