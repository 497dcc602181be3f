package org.catalogchat.vocabulary;

import java.util.List;

/**
 * A run of question tokens, {@code [start, end)}, and the catalog terms it translates to, best first. A content
 * word that translates to nothing the catalog uses is a span of its own with no translations, so the caller can
 * tell "matched nothing" from "not looked at" (stop words get no span).
 *
 * @param start        index of the first token
 * @param end          index after the last token
 * @param text         the tokens joined by spaces
 * @param translations ranked, possibly empty
 */
public record Span(int start, int end, String text, List<Translation> translations) {
    public Span {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        translations = List.copyOf(translations);
    }

    /** Whether any catalog term translates this span. */
    public boolean matched() {
        return !translations.isEmpty();
    }

    /** The best translation's term, or null when the span matched nothing. */
    public String best() {
        return translations.isEmpty() ? null : translations.get(0).chinese();
    }
}
