package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.SizeFigure;
import org.catalogchat.catalog.TopicMatcher;

/**
 * A unit of measure as a filter: "Which datasets give their size in GB?", "datasets measured in TB", "How many
 * datasets state their total length in hours?", "数据量是用 TB 来衡量的数据集", "时长以小时计的数据集". The entries
 * asked for are those whose text states a figure in that unit. Read as words, "GB" was a name not in the catalog and
 * 小时 a topic.
 *
 * <p>The units are the measure rows of the units glossary ({@link #MEASURES}: bytes, hours, minutes), read only in
 * the shapes that say a quantity is expressed in them (a measure noun or verb before "in U"; 以/用 U 计/衡量/为单位),
 * so "hours of video" or "more than 200 hours" keep their own readings. A storage unit is held as written: "in GB"
 * is met by 3.5GB, not by 10TB.
 *
 * <pre>{@code
 * unitFilter.read("Which datasets give their size in GB?", Language.EN); // SizeCondition(0, "bytes", …, GB)
 * }</pre>
 */
final class UnitFilter {
    /** Units-glossary rows that measure an amount (not things counted, as images or videos are). */
    static final List<String> MEASURES = List.of("bytes", "hours", "minutes");

    /** A measure noun or verb before "in U": what says the figure is expressed in U. */
    private static final String EN_MEASURE = "(?:size|sizes|length|lengths|duration|durations|volume|amount|storage|total|"
            + "measured|measure|given|give|gives|stated|state|states|expressed|express|reported|report|quoted|quote|written|listed)";
    private static final Pattern EN_MEASURE_WORD = Pattern.compile("\\b" + EN_MEASURE + "\\b", Pattern.CASE_INSENSITIVE);

    /** A unit read as a filter: the glossary row, the unit as the question writes it, and where it is written. */
    record Read(Query.SizeCondition condition, int start, int end) {
        /** {@code rest} without the words of this reading: the measure words and "in U" (a subject between stays). */
        String blanked(String rest, String text) {
            var sb = new StringBuilder(rest);
            int to = Math.min(end, Math.min(rest.length(), text.length()));
            Matcher w = EN_MEASURE_WORD.matcher(text).region(start, to);
            while (w.find()) for (int i = w.start(); i < w.end(); i++) sb.setCharAt(i, ' ');
            Matcher unit = UNIT_TAIL.matcher(text).region(start, to);
            if (unit.find()) for (int i = unit.start(); i < unit.end(); i++) sb.setCharAt(i, ' ');
            if (!TopicMatcher.hasHan(text.substring(start, to))) return sb.toString();
            for (int i = start; i < to; i++) sb.setCharAt(i, ' ');
            return sb.toString();
        }
    }

    /** "in GB", "in terms of hours": the end of an English reading. */
    private static final Pattern UNIT_TAIL = Pattern.compile("\\bin\\s+(?:terms\\s+of\\s+)?\\S+$", Pattern.CASE_INSENSITIVE);

    private final Pattern english;
    private final Pattern chinese;
    private final Glossary glossary;

    UnitFilter(Glossary glossary) {
        this.glossary = glossary;
        var markers = new ArrayList<String>();
        for (Glossary.Unit u : glossary.units()) if (MEASURES.contains(u.key())) markers.addAll(u.markers());
        markers.sort((a, b) -> b.length() - a.length());
        String units = String.join("|", markers.stream().map(Pattern::quote).toList());
        this.english = Pattern.compile("\\b" + EN_MEASURE + "\\b[^?.!,;]{0,40}?\\bin\\s+(?:terms\\s+of\\s+)?(" + units + ")(?![a-z])",
                Pattern.CASE_INSENSITIVE);
        this.chinese = Pattern.compile("(?:以|用|按)\\s*(" + units + ")\\s*(?:为单位|来衡量|衡量|来计算|计算|计量|来计|计)"
                + "|单位\\s*(?:是|为)\\s*(" + units + ")", Pattern.CASE_INSENSITIVE);
    }

    /** The unit the question filters by, if it asks for entries measured in one (and states no amount of it). */
    Optional<Read> read(String text, Language lang) {
        Matcher m = english.matcher(text);
        boolean en = m.find();
        if (!en) {
            m = chinese.matcher(text);
            if (!m.find()) return Optional.empty();
        }
        String written = m.group(1) != null ? m.group(1) : m.group(2);
        Optional<String> unit = rowOf(written);
        if (unit.isEmpty()) return Optional.empty();
        String shown = unit.get().equals("bytes") ? written.toUpperCase(Locale.ROOT) : written;
        String describe = lang == Language.ZH ? "数据量以" + shown + "计" : "a figure in " + shown;
        int start = m.start();
        int end = m.end();
        // a storage unit as written (GB is not TB, though both are bytes); hours in any of the row's words (小时, hours)
        String forms = unit.get().equals("bytes") ? Pattern.quote(written) : String.join("|", glossary.units().stream()
                .filter(u -> u.key().equals(unit.get())).flatMap(u -> u.markers().stream())
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        return Optional.of(new Read(new Query.SizeCondition(0, unit.get(), describe, forms), start, end));
    }

    private Optional<String> rowOf(String written) {
        for (Glossary.Unit u : glossary.units()) {
            if (MEASURES.contains(u.key()) && u.markers().stream().anyMatch(x -> x.equalsIgnoreCase(written))) return Optional.of(u.key());
        }
        return Optional.empty();
    }

    /** Whether the condition is a unit asked as the filter (no amount of it): {@link #stated} decides it. */
    static boolean isUnitFilter(Query.SizeCondition c) {
        return c.value() == 0 && !c.written().isEmpty();
    }

    /**
     * The largest figure the entry's text writes in the condition's unit ("3.5GB", "3.32小时"), read from the text
     * itself: the entry's size facets keep no figure under ten (a count of modalities, not a size), but 3.5GB is a size.
     */
    static Optional<SizeFigure> stated(Dataset d, Query.SizeCondition c) {
        Matcher m = FIGURE_IN.computeIfAbsent(c.written(), UnitFilter::figureIn).matcher(d.description());
        SizeFigure best = null;
        while (m.find()) {
            var v = Quantities.value(m.group(1), null);
            if (v.isEmpty()) continue;
            if (best == null || v.getAsDouble() > best.value()) best = new SizeFigure(m.group().strip(), v.getAsDouble(), c.unit());
        }
        return Optional.ofNullable(best);
    }

    /**
     * A figure written in one of these unit forms, compiled once per forms: {@link #stated} runs for every entry a
     * question's pool holds. The forms come from the units glossary's measure rows (or one of their markers as the
     * question cased it), so the map stays small.
     */
    private static final Map<String, Pattern> FIGURE_IN = new ConcurrentHashMap<>();

    private static Pattern figureIn(String forms) {
        return Pattern.compile("(?<![\\d.A-Za-z-])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(?:" + forms + ")(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE);
    }
}
