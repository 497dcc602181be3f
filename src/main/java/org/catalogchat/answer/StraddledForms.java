package org.catalogchat.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.WrittenForms;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Where the catalog writes a Chinese form only by accident, across two words: 化学 (chemistry) in 强化学习 is the end
 * of 强化 (reinforce) and the start of 学习 (learning). Such a passage (a dictionary word of the catalog runs into the
 * form from the left and another out of it to the right) is returned as a phrase to cut out before the form is
 * sought, the way a subject's excluded phrases are. A word that merely opens or closes with the form (生物化学,
 * 化学品) has no word crossing out on both sides and still counts.
 *
 * <pre>{@code
 * straddled.of("化学"); // [强化学习] in a catalog that writes 强化学习 and 化学品
 * }</pre>
 */
final class StraddledForms {
    /** Entries read per form: enough to find the accidental passages, bounded for a catalog of 100,000. */
    static final int ENTRIES_READ = 2_000;
    /** The longest dictionary word looked for on either side. */
    private static final int LONGEST_WORD = 4;

    private final EntryTexts texts;
    private final CatalogVocabulary vocabulary;
    private final Cache<String, List<String>> known = Caffeine.newBuilder().maximumSize(10_000).build();

    StraddledForms(EntryTexts texts, CatalogVocabulary vocabulary) {
        this.texts = texts;
        this.vocabulary = vocabulary;
    }

    /** The passages of the catalog that write {@code form} across two words; empty for a Latin or one-character form. */
    List<String> of(String form) {
        if (form.length() < 2 || !TopicMatcher.hasHan(form)) return List.of();
        return known.get(form, this::find);
    }

    private List<String> find(String form) {
        var out = new LinkedHashSet<String>();
        int read = 0;
        for (Dataset d : texts.matching(form)) {
            if (read++ == ENTRIES_READ) break;
            String t = WrittenForms.text(d);
            for (int at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
                int from = crossingInto(t, at, at + form.length());
                int to = from < 0 ? -1 : crossingOutOf(t, at, at + form.length());
                if (to > 0) out.add(t.substring(from, to));
            }
        }
        return List.copyOf(out);
    }

    /** The start of a word that begins before {@code [a, b)} and ends inside it, or −1. */
    private int crossingInto(String t, int a, int b) {
        for (int end = a + 1; end < b; end++) {
            for (int len = 2; len <= LONGEST_WORD; len++) {
                int start = end - len;
                if (start >= 0 && start < a && isWord(t.substring(start, end))) return start;
            }
        }
        return -1;
    }

    /** The end of a word that begins inside {@code [a, b)} and ends after it, or −1. */
    private int crossingOutOf(String t, int a, int b) {
        for (int start = b - 1; start > a; start--) {
            for (int len = 2; len <= LONGEST_WORD; len++) {
                int end = start + len;
                if (end > b && end <= t.length() && isWord(t.substring(start, end))) return end;
            }
        }
        return -1;
    }

    private boolean isWord(String s) {
        return vocabulary.occurrences(s) > 0;
    }

    /** The passages of any of these forms, each once. */
    Set<String> ofAll(List<String> forms) {
        var out = new LinkedHashSet<String>();
        for (String f : forms) out.addAll(of(f));
        return out;
    }
}
