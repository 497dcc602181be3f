package org.catalogchat.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Splits (already lower-cased) text into the units {@link TopicMatcher} matches on: each maximal run of word
 * characters (Latin letters and digits) is one unit, every other character (a CJK character, a space, a
 * punctuation mark) is a unit of its own. A phrase of a form's units then occurs in a text's units exactly when
 * the form occurs in the text at word boundaries, which is what {@code TopicMatcher.contains} asks.
 *
 * <pre>{@code
 * WrittenUnits.of("3d场景 remote sensing"); // [3d, 场, 景, " ", remote, " ", sensing]
 * }</pre>
 */
final class WrittenUnits extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new UnitTokenizer());
    }

    static List<String> of(String text) {
        var out = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            int end = next(text, i);
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Where the unit starting at {@code from} ends. */
    private static int next(CharSequence text, int from) {
        int end = from + 1;
        if (TopicMatcher.isWordChar(text.charAt(from))) {
            while (end < text.length() && TopicMatcher.isWordChar(text.charAt(end))) end++;
        }
        return end;
    }

    /** Entry texts are short (a few KB): the whole input is read once, then cut into units. */
    private static final class UnitTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private int at;

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            char[] buf = new char[4096];
            for (int n; (n = input.read(buf)) > 0; ) text.append(buf, 0, n);
            at = 0;
        }

        @Override
        public boolean incrementToken() {
            if (at >= text.length()) return false;
            clearAttributes();
            int end = next(text, at);
            term.setEmpty().append(text, at, end);
            offset.setOffset(correctOffset(at), correctOffset(end));
            at = end;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(text.length()), correctOffset(text.length()));
        }
    }
}
