package org.catalogchat.catalog;

import java.util.Objects;

/**
 * A size stated in an entry, e.g. {@code 4300万条} = 43,000,000 samples.
 *
 * @param text  the figure exactly as the catalog writes it ("4300万")
 * @param value the figure as a plain number (43000000)
 * @param unit  what is counted, a key of the units glossary ("images", "videos", "hours", …)
 */
public record SizeFigure(String text, double value, String unit) {
    public SizeFigure {
        Objects.requireNonNull(text);
        Objects.requireNonNull(unit);
        if (value < 0 || Double.isNaN(value)) throw new IllegalArgumentException("bad value " + value);
    }

    /** Counts of things, as opposed to durations, storage or model parameters. */
    public boolean isCount() {
        return !(unit.equals("hours") || unit.equals("bytes") || unit.equals("parameters") || unit.equals("minutes"));
    }
}
