package org.catalogchat.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;

/**
 * What each entry is about, in the language the embedding model reads: its description glossed word by word into
 * English through the dictionary and embedded once. all-MiniLM-L6-v2 learned English only, so the vectors of a
 * Chinese description's own chunks say little to an English question; the gloss does: 服装图像 glosses as
 * "dress image", near "fashion images", and 鸟类鸣声 as "birds cry sound", near "bird sounds". The answerer uses it
 * as confirmation of a lexical match that lacks a word, never as membership on its own.
 *
 * <p>Made for catalogs of up to {@link #MAX_ENTRIES} entries, in the background from the moment the engine is
 * assembled (about 15 ms an entry here); a larger catalog goes without it, since an entry's gloss would cost as much
 * to embed as its chunks and a question would scan them all.
 *
 * <pre>{@code
 * EntryMeanings m = EntryMeanings.of(catalog, vocabulary, model).orElseThrow();
 * m.best("fashion images"); // Optional[Match(DeepFashion, 0.57)]
 * }</pre>
 */
public final class EntryMeanings {
    /** Above this many entries no meanings are made (see the class comment). */
    public static final int MAX_ENTRIES = 2_000;
    /** Dictionary glosses carry grammar notes and placeholders ("(of birds)", "sb", "sth") the model should not read. */
    private static final Pattern GLOSS_NOISE = Pattern.compile("\\([^)]*\\)|\\bsb\\b|\\bsth\\b|\\.\\.\\.");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*");

    /** An entry and the cosine similarity of its meaning with a text. */
    public record Match(Dataset dataset, double similarity) {
    }

    private final List<Dataset> entries;
    private final java.util.Map<String, Integer> positions = new java.util.HashMap<>();
    private final CatalogVocabulary vocabulary;
    private final EmbeddingModel model;
    private final CompletableFuture<float[][]> vectors;

    private EntryMeanings(List<Dataset> entries, CatalogVocabulary vocabulary, EmbeddingModel model) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) positions.put(this.entries.get(i).id(), i);
        this.vocabulary = vocabulary;
        this.model = model;
        this.vectors = CompletableFuture.supplyAsync(this::embedEntries);
    }

    /**
     * Empty without a dictionary (nothing to gloss with), for an empty catalog, above {@link #MAX_ENTRIES}, or with
     * another model than MiniLM: the answerer's threshold on these similarities was calibrated on MiniLM's.
     */
    public static Optional<EntryMeanings> of(Catalog catalog, Optional<CatalogVocabulary> vocabulary, EmbeddingModel model) {
        if (vocabulary.isEmpty() || model == null || catalog.size() == 0 || catalog.size() > MAX_ENTRIES) return Optional.empty();
        if (!PersistedEmbeddings.modelId(model).startsWith(MiniLm.NAME + "/")) return Optional.empty();
        return Optional.of(new EntryMeanings(catalog.datasets(), vocabulary.get(), model));
    }

    /** The entry whose meaning is nearest {@code text} (English, or Chinese, which is glossed first). */
    public Optional<Match> best(String text) {
        float[] q = embed(text);
        if (q == null) return Optional.empty();
        float[][] all = entryVectors();
        int top = -1;
        double best = -2;
        for (int i = 0; i < all.length; i++) {
            double s = cosine(q, all[i]);
            if (s > best) {
                best = s;
                top = i;
            }
        }
        return top < 0 ? Optional.empty() : Optional.of(new Match(entries.get(top), best));
    }

    /** How near {@code text} is to one entry's meaning; empty for an entry of another catalog or a blank text. */
    public java.util.OptionalDouble similarity(String text, Dataset entry) {
        int i = positions.getOrDefault(entry.id(), -1);
        float[] q = i < 0 ? null : embed(text);
        return q == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(cosine(q, entryVectors()[i]));
    }

    private float[] embed(String text) {
        String english = TopicMatcher.hasHan(text) ? gloss(text) : text;
        if (english.isBlank()) return null;
        try {
            return model.embed(english).content().vector();
        } catch (IllegalArgumentException e) {
            return null; // text the model sees as blank
        }
    }

    /**
     * A Chinese text in English words, in its order: each dictionary word by its first gloss, Latin words as written,
     * the rest (single characters, words no headword holds) left out: "鸟类鸣声录音" → "birds cry sound record".
     */
    String gloss(String text) {
        var out = new StringBuilder();
        int last = 0;
        for (ChineseWord w : vocabulary.chineseWords(text)) {
            latinWords(text.substring(last, w.start()), out);
            if (!w.glosses().isEmpty()) out.append(GLOSS_NOISE.matcher(w.glosses().get(0)).replaceAll(" ")).append(' ');
            last = w.end();
        }
        latinWords(text.substring(last), out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void latinWords(String text, StringBuilder out) {
        var m = LATIN_WORD.matcher(text);
        while (m.find()) out.append(m.group()).append(' ');
    }

    private float[][] entryVectors() {
        try {
            return vectors.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private float[][] embedEntries() {
        var segments = new ArrayList<TextSegment>();
        for (Dataset d : entries) {
            String g = gloss(d.description());
            // An entry whose text glosses to nothing still needs a vector in its place: its name stands in.
            segments.add(TextSegment.from(g.isBlank() ? d.name() : g));
        }
        var embedded = model.embedAll(segments).content();
        float[][] out = new float[embedded.size()][];
        for (int i = 0; i < out.length; i++) out[i] = embedded.get(i).vector();
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
