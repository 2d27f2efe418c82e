package com.computetco.ui.platform;

/** How far a background task got: {@code done} of {@code total} steps. */
public record TaskProgress(long done, long total) {

    /** Between 0 and 1; 0 while the total is unknown. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, Math.max(0.0, (double) done / total));
    }
}
