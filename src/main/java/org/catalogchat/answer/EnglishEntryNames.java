package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;
import org.catalogchat.vocabulary.Span;
import org.catalogchat.vocabulary.Translation;

/**
 * Entries the catalog names in Chinese, asked by their English name: "UN Parallel Corpus" is 联合国平行语料库 when
 * each capitalised word translates, through the dictionary, to a part of that one name and together they write most
 * of it. A title-cased topic ("Remote Sensing") writes a small part of any name and names nothing.
 *
 * <pre>{@code
 * names.in("Which languages does the UN Parallel Corpus cover?", List.of()); // [Found(26, 44, 联合国平行语料库)]
 * }</pre>
 */
final class EnglishEntryNames {
    /** How much of a name's Chinese (without a closing 数据集/数据库/数据) the phrase must write to name it. */
    static final double COVERS = 0.6;
    private static final String CLOSING_WORD = "(数据集|数据库|数据)$";
    /** An acronym typed for a name's word: two to eight capitals ("UN", "EU"). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");

    private final Catalog catalog;
    private final Glossary glossary;
    private final Optional<CatalogVocabulary> vocabulary;
    /** See {@link #chineseNames()}; null until a question needs it. */
    private List<ChineseName> chineseNames;

    EnglishEntryNames(Catalog catalog, Glossary glossary, Optional<CatalogVocabulary> vocabulary) {
        this.catalog = catalog;
        this.glossary = glossary;
        this.vocabulary = vocabulary;
    }

    /** A phrase of the question and the one entry it names. */
    record Found(int start, int end, Dataset dataset) {
    }

    /** The capitalised phrases of the question that name exactly one entry written in Chinese. */
    List<Found> in(String text, List<String> namesAsked) {
        if (vocabulary.isEmpty()) return List.of();
        var out = new ArrayList<Found>();
        for (PublisherPhrases.CapitalisedRun run : PublisherPhrases.capitalisedRuns(text, namesAsked, glossary)) {
            List<Span> spans = vocabulary.get().translate(run.contentWords());
            if (spans.isEmpty() || !spans.stream().allMatch(s -> s.matched() || ACRONYM.matcher(s.text()).matches())) continue;
            Dataset only = null;
            boolean several = false;
            for (ChineseName n : chineseNames()) {
                if (n.dataset() == only || !writesMostOf(spans, n.chinese())) continue;
                if (only != null) {
                    several = true;
                    break;
                }
                only = n.dataset();
            }
            if (only != null && !several) out.add(new Found(run.start(), run.end(), only));
        }
        return out;
    }

    /** A name of an entry as the phrase is compared with it: its Chinese characters, without a closing 数据集. */
    private record ChineseName(Dataset dataset, String chinese) {
    }

    /** The entries' names written in Chinese, read once per catalog (on the first question with a capitalised phrase). */
    private synchronized List<ChineseName> chineseNames() {
        if (chineseNames == null) {
            var out = new ArrayList<ChineseName>();
            for (Dataset d : catalog.datasets()) {
                for (String name : d.allNames()) {
                    if (!TopicMatcher.hasHan(name)) continue;
                    String chinese = name.replaceAll("[^\\p{IsHan}]+", "").replaceFirst(CLOSING_WORD, "");
                    if (!chinese.isEmpty()) out.add(new ChineseName(d, chinese));
                }
            }
            chineseNames = List.copyOf(out);
        }
        return chineseNames;
    }

    /**
     * Whether every span translates to a part of the name's Chinese ({@link ChineseName}), or is an acronym of a word
     * of it by its gloss's initials ("UN" of 联合国 "United Nations"), and together they write most of it.
     */
    private boolean writesMostOf(List<Span> spans, String chinese) {
        var covered = new BitSet(chinese.length());
        List<ChineseWord> words = null;
        for (Span span : spans) {
            boolean written = false;
            for (Translation tr : span.translations()) {
                for (int at = chinese.indexOf(tr.chinese()); at >= 0 && !tr.chinese().isEmpty();
                     at = chinese.indexOf(tr.chinese(), at + 1)) {
                    covered.set(at, at + tr.chinese().length());
                    written = true;
                }
            }
            if (!written && ACRONYM.matcher(span.text()).matches()) {
                if (words == null) words = vocabulary.get().chineseWords(chinese);
                for (ChineseWord w : words) {
                    if (w.glosses().stream().anyMatch(g -> PublisherPhrases.initialsOf(g).equalsIgnoreCase(span.text()))) {
                        covered.set(w.start(), w.end());
                        written = true;
                    }
                }
            }
            if (!written) return false;
        }
        return covered.cardinality() >= COVERS * chinese.length();
    }
}
