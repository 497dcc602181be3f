package org.catalogchat.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a description is cut into sentences and its sentences into clauses, in one place: the answer reads the
 * sentences, and the index stores where each sentence and clause lies so that the answer can tell where a form is
 * written without reading the text again. A change here changes what the index stores: bump its format.
 *
 * <pre>{@code
 * Sentences.of("第一句。- 第二句很长\n短");   // [Span[0, 4] "第一句。", Span[7, 12] "第二句很长"]
 * Sentences.listItems("能源、表情和医疗", 0, 2); // 3
 * }</pre>
 */
public final class Sentences {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;!?])|(?<=\\.)\\s+|\\n");
    /** What ends a clause: a list's items are counted within one. */
    public static final String CLAUSE_MARKS = "，,；;：:。！？!?（）()\n";
    /** Shorter pieces ("1.", "注：") say nothing about an entry. */
    private static final int SHORTEST = 4;

    private Sentences() {
    }

    /** A sentence: its place in the description ({@code start} inclusive, {@code end} exclusive) and its text. */
    public record Span(int start, int end, String text) {
        public Span {
            if (start < 0 || end < start || text.length() != end - start) throw new IllegalArgumentException(start + ".." + end);
        }
    }

    /**
     * The description's sentences, as {@code SENTENCE_END.split} cuts them, each stripped of surrounding white
     * space and a leading bullet ("- ", "* "); pieces under four characters are left out.
     */
    public static List<Span> of(String description) {
        var out = new ArrayList<Span>();
        // Pattern.split's pieces, with their places: a zero-width match at the very start makes no empty first
        // piece, and trailing empty pieces are dropped (they are under four characters anyway).
        Matcher m = SENTENCE_END.matcher(description);
        int from = 0;
        while (m.find()) {
            if (from == 0 && m.start() == 0 && m.end() == 0) continue;
            add(description, from, m.start(), out);
            from = m.end();
        }
        add(description, from, description.length(), out);
        return List.copyOf(out);
    }

    private static void add(String text, int from, int to, List<Span> out) {
        // String.strip: white space by Character.isWhitespace, code point by code point.
        while (from < to && Character.isWhitespace(text.codePointAt(from))) from += Character.charCount(text.codePointAt(from));
        while (to > from && Character.isWhitespace(text.codePointBefore(to))) to -= Character.charCount(text.codePointBefore(to));
        // The bullet pattern ^[-*]\s*: \s is ASCII white space only.
        if (from < to && (text.charAt(from) == '-' || text.charAt(from) == '*')) {
            from++;
            while (from < to && " \t\n\u000B\f\r".indexOf(text.charAt(from)) >= 0) from++;
        }
        if (to - from >= SHORTEST) out.add(new Span(from, to, text.substring(from, to)));
    }

    /**
     * A list a clause opens with an example cue is examples of a kind ("非法（如诈骗、恶意软件、勒索）": illicit, such
     * as fraud, malware, ransom): each item counts as an item of a list this long, however few are written.
     */
    public static final int EXAMPLE_ITEMS = 6;
    /** Cues that open a clause of examples: 例如, 比如, 诸如, 譬如 and a bare 如 (not 如果, 如何, 如此, 如今, 如下). */
    private static final Pattern EXAMPLES = Pattern.compile("^\\s*(?:例如|比如|诸如|譬如|如(?![果何此今下同若]))");

    /**
     * How many items the list holding the form at {@code at} has ("A、B和C": 3), 1 outside a list; a list of examples
     * ({@link #EXAMPLE_ITEMS}) at least that many.
     */
    public static int listItems(String text, int at, int length) {
        int from = at;
        while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) from--;
        int to = at + length;
        while (to < text.length() && CLAUSE_MARKS.indexOf(text.charAt(to)) < 0) to++;
        String clause = text.substring(from, to);
        long commas = clause.chars().filter(c -> c == '、').count();
        if (commas == 0) return 1;
        boolean and = clause.lastIndexOf('和') > clause.lastIndexOf('、') || clause.lastIndexOf('及') > clause.lastIndexOf('、')
                || clause.lastIndexOf('与') > clause.lastIndexOf('、');
        int items = (int) commas + 1 + (and ? 1 : 0);
        return EXAMPLES.matcher(clause).find() ? Math.max(items, EXAMPLE_ITEMS) : items;
    }
}
