package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure word a Chinese count question writes before its noun: "多少集短剧" asks for episodes (集), not for the
 * dramas an entry counts by 部 ("6660部流行短剧"); "约80,000集" answers it though it writes no 短剧. A measure word
 * picks what is counted in Chinese, so where the figures of the noun all use another one, the entry's figures written
 * with the asked measure word are quoted first. 个 and 种 are left out: they go with almost any noun and pick nothing.
 */
final class AskedMeasure {
    private static final Pattern ASKED = Pattern.compile("(?:多少|(?<!哪)几)\\s*([张条对部集篇道名位段项组幅片行句件台次])");
    /** A figure written right before a measure word: "80,000集", "约8万集". */
    private static final Pattern FIGURE = Pattern.compile("\\d(?:[\\d,.]*\\d)?\\s*(?:万亿|亿|千万|百万|万|千)?\\s*(?:多|余)?");

    private AskedMeasure() {
    }

    /** The measure word the question counts by, if it writes one that picks a thing. */
    static Optional<String> in(String question) {
        Matcher m = ASKED.matcher(question);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a clause writes a figure right before the measure word. */
    static boolean measures(String clause, String measure) {
        Matcher m = FIGURE.matcher(clause);
        while (m.find()) {
            if (clause.startsWith(measure, m.end())) return true;
        }
        return false;
    }

    /**
     * The figures to quote: those found for the noun, or, where none of them is written with the asked measure word
     * and some clause of the entry is, those clauses first and then the others.
     *
     * @param clauses the entry's clauses in order (each a candidate)
     */
    static List<String> preferred(List<String> found, List<String> clauses, String question) {
        Optional<String> measure = in(question);
        if (measure.isEmpty() || found.stream().anyMatch(c -> measures(c, measure.get()))) return found;
        var out = new ArrayList<String>();
        for (String c : clauses) {
            if (measures(c, measure.get()) && !out.contains(c)) out.add(c);
        }
        if (out.isEmpty()) return found;
        for (String c : found) if (!out.contains(c)) out.add(c);
        return out;
    }
}
