package org.catalogchat.answer;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.SizeFigure;

/**
 * Whether an entry meets a "more than N …" condition, and by which of its figures.
 *
 * <p>A unit asked by name (images, hours) is met by a figure in that unit. A generic one ("samples", "items",
 * 条样本: {@link #GENERIC}) is how a user says "entries of whatever the dataset holds": each entry is measured in its
 * own unit (image-text pairs, images, documents, videos), never in the parts of a sample (tokens, words), so "more than
 * 100 million samples" holds an entry of 585M images as it holds one of 5.85 billion pairs. An entry whose text states
 * no count is measured by a size its name writes with a multiplier ("CapsFusion-120M", "MovieLens 25M").
 *
 * <pre>{@code
 * SizeThresholds.meeting(dataset, new Query.SizeCondition(1e8, "samples", "more than 100 million samples"))
 * // Optional[SizeFigure(585M, 5.85E8, images)]
 * }</pre>
 */
final class SizeThresholds {
    /** The units-glossary key of a thing any dataset holds, whatever it is made of. */
    static final String GENERIC = "samples";
    /** The unit of a size read from an entry's name: what it counts is not written. */
    static final String NAMED = "named";
    /** Parts of a sample, never a number of samples. */
    private static final String PARTS = "tokens";
    /** A size a name writes: digits and a multiplier ending the word ("-120M", " 25M", "Touch100k"). */
    private static final Pattern NAME_SIZE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)([kKMBT])(?![A-Za-z0-9])");

    private SizeThresholds() {
    }

    static boolean meets(Dataset d, Query.SizeCondition c) {
        return meeting(d, c).isPresent();
    }

    /** The largest of the entry's figures that meets the condition, or empty when none does. */
    static Optional<SizeFigure> meeting(Dataset d, Query.SizeCondition c) {
        if (UnitFilter.isUnitFilter(c)) return UnitFilter.stated(d, c);
        boolean generic = c.unit().equals(GENERIC);
        Optional<SizeFigure> stated = d.facets().sizes().stream()
                .filter(f -> counts(f, c.unit()))
                .filter(f -> f.value() >= c.value())
                .max(Comparator.comparingDouble(SizeFigure::value));
        if (stated.isPresent() || !generic || d.facets().sizes().stream().anyMatch(SizeFigure::isCount)) return stated;
        return nameSize(d).filter(f -> f.value() >= c.value());
    }

    /** Whether a figure is in the unit asked: "" is any count; a generic unit any count but the parts of one. */
    private static boolean counts(SizeFigure f, String unit) {
        if (unit.isEmpty()) return f.isCount();
        if (unit.equals(GENERIC)) return genericCount(f);
        return f.unit().equals(unit) || unit.equals("images") && f.unit().equals("pairs");
    }

    /** Whether a figure counts whatever the dataset holds (any count but the parts of a sample, tokens). */
    static boolean genericCount(SizeFigure f) {
        return f.isCount() && !f.unit().equals(PARTS);
    }

    /** The size an entry's name writes ("CapsFusion-120M" → 120,000,000), if any. */
    static Optional<SizeFigure> nameSize(Dataset d) {
        for (String name : d.allNames()) {
            Matcher m = NAME_SIZE.matcher(name);
            if (m.find()) {
                var v = Quantities.value(m.group(1), m.group(2).toUpperCase(java.util.Locale.ROOT));
                if (v.isPresent()) return Optional.of(new SizeFigure(m.group(), v.getAsDouble(), NAMED));
            }
        }
        return Optional.empty();
    }

    /** Whether the condition's unit is generic, so each entry is measured in its own unit (the answer says which). */
    static boolean generic(Query.SizeCondition c) {
        return c.unit().equals(GENERIC);
    }
}
