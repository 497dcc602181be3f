package org.catalogchat.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
 * <p>An entry's meaning is embedded the first time a question needs it (about 15 ms) and kept, so nothing runs at
 * start: embedding every entry up front cost the bundled catalog 0.5 s of cold start and a 1,000-entry catalog 15 s
 * of CPU beside its first questions. The answerer asks only about the few entries that already write a question's
 * other words ({@link #best(String, Collection)}), which bounds the cost at any catalog size.
 *
 * <pre>{@code
 * EntryMeanings m = EntryMeanings.of(catalog, vocabulary, model).orElseThrow();
 * m.best("fashion images", candidates); // Optional[Match(DeepFashion, 0.57)]
 * }</pre>
 */
public final class EntryMeanings {
    /**
     * The most entries a question may compare with one text, all at once: each entry's meaning costs about 15 ms the
     * first time, so 100 entries cost about 1.5 s once, while a 600-entry catalog measured 2.2 s on one question and
     * 10,000 would take minutes. The answerer's whole-set comparisons stay "not in the catalog" or unchecked above it.
     */
    public static final int COMPARED_AT_ONCE = 100;

    /** Entries' meanings kept: 384 floats each, so about 15 MB at most. */
    private static final int KEPT = 10_000;
    /** Question texts' embeddings kept: a topic and the words an entry writes of it, a few per question. */
    private static final int TEXTS_KEPT = 1_000;
    /** Dictionary glosses carry grammar notes and placeholders ("(of birds)", "sb", "sth") the model should not read. */
    private static final Pattern GLOSS_NOISE = Pattern.compile("\\([^)]*\\)|\\bsb\\b|\\bsth\\b|\\.\\.\\.");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*");

    /** An entry and the cosine similarity of its meaning with a text. */
    public record Match(Dataset dataset, double similarity) {
    }

    private final java.util.Set<String> ids = new java.util.HashSet<>();
    private final CatalogVocabulary vocabulary;
    private final EmbeddingModel model;
    private final Cache<String, Embedding> vectors = Caffeine.newBuilder().maximumSize(KEPT).build();
    /**
     * Questions' texts embedded, by text: the answerer compares one topic with several entries in a row, and each
     * embedding of even a short text is a MiniLM run of a few milliseconds.
     */
    private final Cache<String, Optional<Embedding>> asked = Caffeine.newBuilder().maximumSize(TEXTS_KEPT).build();

    private EntryMeanings(List<Dataset> entries, CatalogVocabulary vocabulary, EmbeddingModel model) {
        entries.forEach(d -> ids.add(d.id()));
        this.vocabulary = vocabulary;
        this.model = model;
    }

    /**
     * Empty without a dictionary (nothing to gloss with), for an empty catalog, or with another model than MiniLM:
     * the answerer's threshold on these similarities was calibrated on MiniLM's.
     */
    public static Optional<EntryMeanings> of(Catalog catalog, Optional<CatalogVocabulary> vocabulary, EmbeddingModel model) {
        if (vocabulary.isEmpty() || model == null || catalog.size() == 0) return Optional.empty();
        if (!PersistedEmbeddings.modelId(model).startsWith(MiniLm.NAME + "/")) return Optional.empty();
        return Optional.of(new EntryMeanings(catalog.datasets(), vocabulary.get(), model));
    }

    /** Of {@code among}, the entry whose meaning is nearest {@code text} (English, or Chinese, which is glossed first). */
    public Optional<Match> best(String text, Collection<Dataset> among) {
        Embedding q = embed(text);
        if (q == null) return Optional.empty();
        Match best = null;
        for (Dataset d : among) {
            if (!ids.contains(d.id())) continue;
            double s = CosineSimilarity.between(q, meaning(d));
            if (best == null || s > best.similarity()) best = new Match(d, s);
        }
        return Optional.ofNullable(best);
    }

    /** How near {@code text} is to one entry's meaning; empty for an entry of another catalog or a blank text. */
    public java.util.OptionalDouble similarity(String text, Dataset entry) {
        Embedding q = ids.contains(entry.id()) ? embed(text) : null;
        return q == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(CosineSimilarity.between(q, meaning(entry)));
    }

    private Embedding embed(String text) {
        return asked.get(text, this::embedAnew).orElse(null);
    }

    private Optional<Embedding> embedAnew(String text) {
        String english = TopicMatcher.hasHan(text) ? gloss(text) : text;
        if (english.isBlank()) return Optional.empty();
        try {
            return Optional.of(model.embed(english).content());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // text the model sees as blank
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

    private Embedding meaning(Dataset d) {
        return vectors.get(d.id(), id -> {
            String g = gloss(d.description());
            // An entry whose text glosses to nothing still has a meaning: its name stands in.
            return model.embed(g.isBlank() ? d.name() : g).content();
        });
    }
}
