package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * The text of each entry as evidence is sought in it: the whole (names and description), its publishers, and
 * its description split into sentences. Built once per catalog.
 *
 * <pre>{@code
 * EntryTexts texts = new EntryTexts(catalog);
 * texts.matching(subject); // the entries whose text writes any of the subject's forms
 * }</pre>
 */
final class EntryTexts {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;!?])|(?<=\\.)\\s+|\\n");

    private final Catalog catalog;
    private final Map<String, String> text = new HashMap<>();
    private final Map<String, List<String>> sentences = new HashMap<>();

    EntryTexts(Catalog catalog) {
        this.catalog = catalog;
        for (Dataset d : catalog.datasets()) {
            text.put(d.id(), String.join(" ", d.allNames()) + "\n" + d.description());
            var list = new ArrayList<String>();
            for (String s : SENTENCE_END.split(d.description())) {
                String t = s.strip().replaceFirst("^[-*]\\s*", "");
                if (t.length() >= 4) list.add(t);
            }
            sentences.put(d.id(), List.copyOf(list));
        }
    }

    int size() {
        return catalog.size();
    }

    List<Dataset> all() {
        return catalog.datasets();
    }

    List<String> sentences(Dataset d) {
        return sentences.getOrDefault(d.id(), List.of());
    }

    /** Entries whose names or description write any form of the subject (Latin forms as whole words). */
    Set<Dataset> matching(Subject s) {
        var out = new LinkedHashSet<Dataset>();
        for (Dataset d : catalog.datasets()) if (writes(text.getOrDefault(d.id(), ""), s)) out.add(d);
        return out;
    }

    /** Entries with a publisher that is, or is part of, an organisation the subject names (微软亚洲研究院 for 微软). */
    Set<Dataset> publishedBy(List<String> organisationNames) {
        var out = new LinkedHashSet<Dataset>();
        for (Dataset d : catalog.datasets()) {
            for (String p : d.publishers()) {
                if (organisationNames.stream().anyMatch(n -> partOf(p, n))) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a publisher as the catalog writes it is the organisation or one of its parts: it starts with the
     * name (加州大学伯克利分校 for 加州大学, Google Research for Google), never merely contains it (南加州大学).
     */
    static boolean partOf(String publisher, String organisation) {
        String p = publisher.strip().toLowerCase(Locale.ROOT);
        String o = organisation.strip().toLowerCase(Locale.ROOT);
        if (o.length() < 2 || !p.startsWith(o)) return false;
        return p.length() == o.length() || !TopicMatcher.isWordChar(o.charAt(o.length() - 1))
                || !TopicMatcher.isWordChar(p.charAt(o.length()));
    }

    static boolean writes(String text, Subject s) {
        String t = text;
        for (String ex : s.excluded()) t = t.replace(ex, " ");
        for (String f : s.forms()) if (TopicMatcher.contains(t, f)) return true;
        return false;
    }
}
