package org.catalogchat.testing;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Source;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogAliases;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.Engine;

/**
 * Test fixture: a small catalog written in the test, in the real Markdown format, so each test states the data
 * it relies on instead of depending on the bundled {@code seeds/}.
 *
 * <pre>{@code
 * @TempDir Path dir;
 * Engine e = FixtureCatalog.of(
 *         entry("SpeechA").released("2020-01-01").publisher("微软亚洲研究院").description("中文语音识别数据集，1000小时。"),
 *         entry("ClipSet").released("2022-05-01").publisher("谷歌").description("视频理解数据集，包含5万个视频。"))
 *     .engine(dir); // the deterministic word-hash model: no ONNX
 * }</pre>
 */
public final class FixtureCatalog {
    private final List<Entry> entries;

    private FixtureCatalog(List<Entry> entries) {
        if (entries.isEmpty()) throw new IllegalArgumentException("a fixture catalog needs an entry");
        this.entries = List.copyOf(entries);
    }

    public static FixtureCatalog of(Entry... entries) {
        return new FixtureCatalog(List.of(entries));
    }

    /** An entry named {@code name}, released 2020-01-01 by "Fixture Lab", with a one-line description. */
    public static Entry entry(String name) {
        return new Entry(name, "2020-01-01", "Fixture Lab", null, name + " is a dataset written for a test.", List.of(),
                List.of());
    }

    /** The catalog as the Markdown a maintainer would write ({@code ### name} and a field list per entry). */
    public String markdown() {
        var md = new StringBuilder();
        for (Entry e : entries) md.append(e.markdown()).append('\n');
        return md.toString();
    }

    /** The aliases file ({@code name<TAB>alias,alias}), or empty when no entry has aliases. */
    public String aliasesTsv() {
        var tsv = new StringBuilder();
        for (Entry e : entries) {
            if (!e.aliases().isEmpty()) tsv.append(e.name()).append('\t').append(String.join(",", e.aliases())).append('\n');
        }
        return tsv.toString();
    }

    /**
     * Writes {@code catalog.md} (and {@code aliases.tsv} when an entry has aliases) into {@code dir}, a fresh
     * {@code @TempDir}, and returns {@code dir}.
     */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("catalog.md"), markdown(), StandardCharsets.UTF_8);
            if (!aliasesTsv().isEmpty()) Files.writeString(dir.resolve(CatalogAliases.FILE), aliasesTsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Written to {@code dir} and parsed (no index, no model): enough for a {@code NameIndex} or a {@code LexicalIndex}. */
    public Catalog catalog(Path dir) {
        return new CatalogLoader(new CatalogParser(Glossary.bundled())).load(writeTo(dir));
    }

    /** Written to {@code dir} and loaded with the deterministic {@link WordHashEmbeddingModel}. */
    public Engine engine(Path dir) {
        return engine(dir, new WordHashEmbeddingModel());
    }

    /** Written to {@code dir} and loaded with {@code model} (MiniLM where a test relies on semantic similarity). */
    public Engine engine(Path dir, EmbeddingModel model) {
        return Engine.load(writeTo(dir), Glossary.bundled(), model);
    }

    /** The ids of an answer's sources, in its order: what most answer tests assert on. */
    public static List<String> ids(Answer a) {
        return a.sources().stream().map(Source::id).toList();
    }

    /**
     * An answerer over a catalog a test writes whole as one Markdown file, with MiniLM: the model the answerer's
     * meaning thresholds are calibrated on.
     */
    public static org.catalogchat.answer.Answerer answererOver(Path dir, String markdown) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("c.md"), markdown);
        return Engine.load(dir, Glossary.bundled(), org.catalogchat.core.TestEngines.model()).answerer();
    }

    /** An engine over a catalog already on disk (a file or folder a test wrote), with the word-hash model. */
    public static Engine load(Path catalog) {
        return Engine.load(catalog, Glossary.bundled(), new WordHashEmbeddingModel());
    }

    /** One catalog entry; each builder method returns a changed copy. */
    public record Entry(String name, String released, String publisher, String url, String description,
                        List<String> moreText, List<String> aliases) {
        public Entry {
            Objects.requireNonNull(name);
            Objects.requireNonNull(description);
            moreText = List.copyOf(moreText);
            aliases = List.copyOf(aliases);
        }

        /** {@code yyyy-MM-dd}, or null for an entry that states none. */
        public Entry released(String date) {
            return new Entry(name, date, publisher, url, description, moreText, aliases);
        }

        /** One or several publishers as the catalog writes them, joined with {@code 、}. */
        public Entry publisher(String... publishers) {
            return new Entry(name, released, String.join("、", publishers), url, description, moreText, aliases);
        }

        public Entry url(String link) {
            return new Entry(name, released, publisher, link, description, moreText, aliases);
        }

        public Entry description(String text) {
            return new Entry(name, released, publisher, url, text, moreText, aliases);
        }

        /** A further description paragraph (a list item without a field name, as in seeds/). */
        public Entry more(String text) {
            var more = new ArrayList<>(moreText);
            more.add(text);
            return new Entry(name, released, publisher, url, description, more, aliases);
        }

        /** Further names, written to the aliases file beside the catalog (not to the heading). */
        public Entry aliases(String... names) {
            return new Entry(name, released, publisher, url, description, moreText, List.of(names));
        }

        String markdown() {
            var md = new StringBuilder("### ").append(name).append("\n\n");
            if (released != null) md.append("- 发布时间：").append(released).append('\n');
            if (publisher != null) md.append("- 发布机构：").append(publisher).append('\n');
            if (url != null) md.append("- 地址： [数据集地址](").append(url).append(")\n");
            md.append("- 数据集说明：").append(description).append('\n');
            for (String m : moreText) md.append("- ").append(m).append('\n');
            return md.toString();
        }
    }
}
