package org.catalogchat.vocabulary;

import java.util.List;

/**
 * A run of question tokens, {@code [start, end)}, and the catalog terms it translates to, best first. A content
 * word that translates to nothing the catalog uses, and that the catalog does not write either, is a span of
 * its own with no translations and {@code literal} false, so the caller can tell "matched nothing" from "not
 * looked at" (stop words and plain numbers get no span).
 *
 * <pre>{@code
 * for (Span span : vocabulary.translate(List.of("legal", "sign", "language", "datasets"))) {
 *     if (!span.matched()) unmatched.add(span.text());   // "legal", in a catalog without 法律
 *     else terms.add(span.best());                        // 手语, 数据集
 * }
 * }</pre>
 *
 * @param start        index of the first token
 * @param end          index after the last token
 * @param text         the tokens joined by spaces
 * @param translations ranked, possibly empty
 * @param literal      the catalog writes these words itself, in Latin script ("OCR", "LiDAR", or any phrase of
 *                     an English catalog)
 */
public record Span(int start, int end, String text, List<Translation> translations, boolean literal) {
    public Span {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        translations = List.copyOf(translations);
    }

    /** Whether the catalog has something for this span: a term that translates it, or the words themselves. */
    public boolean matched() {
        return literal || !translations.isEmpty();
    }

    /** The best translation's term, or null when the span matched nothing. */
    public String best() {
        return translations.isEmpty() ? null : translations.get(0).chinese();
    }
}
