package org.catalogchat.testing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test double for MiniLM: each Latin word, its character trigrams, and each Han character and character pair are
 * hashed into one of 256 dimensions and the counts are L2-normalised. Texts sharing words are close, a name with a
 * typo stays near the name (most trigrams survive, as MiniLM's word pieces do), others are far; the same text always
 * gives the same vector. No ONNX, no native tokenizer, microseconds per text. It knows no synonyms or translations,
 * so a test that relies on semantic similarity keeps the real model ({@code TestEngines.model()}).
 */
public final class WordHashEmbeddingModel implements EmbeddingModel {
    public static final int DIMENSION = 256;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        var out = new ArrayList<Embedding>(segments.size());
        for (TextSegment s : segments) out.add(embedText(s.text()));
        return Response.from(out);
    }

    static Embedding embedText(String text) {
        float[] v = new float[DIMENSION];
        var word = new StringBuilder();
        int previousHan = -1;
        for (int cp : text.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (Character.isLetterOrDigit(cp) && !han) {
                word.appendCodePoint(cp);
                previousHan = -1;
                continue;
            }
            addWord(v, word);
            if (han) {
                add(v, Character.toString(cp));
                if (previousHan >= 0) add(v, Character.toString(previousHan) + Character.toString(cp));
                previousHan = cp;
            } else {
                previousHan = -1;
            }
        }
        addWord(v, word);
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm == 0) v[0] = 1; // an empty text still gets a valid unit vector
        else for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return Embedding.from(v);
    }

    /** The word itself and its trigrams with boundary marks ({@code ^me, med, ..., ty$}). */
    private static void addWord(float[] v, StringBuilder word) {
        if (word.isEmpty()) return;
        String w = word.toString();
        add(v, w);
        String marked = "^" + w + "$";
        for (int i = 0; i + 3 <= marked.length(); i++) add(v, "3:" + marked.substring(i, i + 3));
        word.setLength(0);
    }

    private static void add(float[] v, String token) {
        v[Math.floorMod(token.hashCode(), DIMENSION)] += 1;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelName() {
        return "word-hash-test";
    }
}
