package org.catalogchat.testing;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test double for MiniLM: each Latin word and each Han character is hashed into one of 64 dimensions and the
 * counts are L2-normalised. Texts sharing words are close, others far; the same text always gives the same
 * vector. No ONNX, no native tokenizer, microseconds per text. It knows no synonyms or translations, so a test
 * that relies on semantic similarity keeps the real model ({@code TestEngines.model()}).
 */
public final class WordHashEmbeddingModel implements EmbeddingModel {
    public static final int DIMENSION = 64;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        var out = new ArrayList<Embedding>(segments.size());
        for (TextSegment s : segments) out.add(embedText(s.text()));
        return Response.from(out);
    }

    static Embedding embedText(String text) {
        float[] v = new float[DIMENSION];
        var word = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                word.appendCodePoint(cp);
                return;
            }
            add(v, word);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) add(v, new StringBuilder().appendCodePoint(cp));
        });
        add(v, word);
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm == 0) v[0] = 1; // an empty text still gets a valid unit vector
        else for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return Embedding.from(v);
    }

    private static void add(float[] v, StringBuilder token) {
        if (token.isEmpty()) return;
        v[Math.floorMod(token.toString().hashCode(), DIMENSION)] += 1;
        token.setLength(0);
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
