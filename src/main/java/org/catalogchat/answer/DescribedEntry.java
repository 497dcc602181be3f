package org.catalogchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;

/**
 * One dataset a question points at by description instead of by name: "北京那个空气质量数据一共有多少条记录？". The
 * demonstrative (那个, 这个) says one dataset is meant, not a kind of them; where exactly one of the entries found writes
 * every subject asked and a value is asked of it (a counted noun, an aspect, "是多少"), the question is about that entry.
 * Several entries writing them all, or none, leave the answer a list: a described name is never guessed.
 *
 * <pre>{@code
 * DescribedEntry.meant(plan, evidence);   // Optional[Beijing Multi-Site Air Quality]
 * }</pre>
 */
final class DescribedEntry {
    /** "that one" in Chinese: a demonstrative with its measure word. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("[那这](?:个|套|份|一个)");

    private DescribedEntry() {
    }

    /** The one entry the question describes, if it describes one and asks a value of it. */
    static Optional<Dataset> meant(QueryPlan plan, Evidence e) {
        Query q = plan.query();
        if (e.entries().size() < 2 || !DEMONSTRATIVE.matcher(q.text()).find() || q.hasFilters() || q.listAll() || q.count()
                || plan.ranking().isPresent() || !plan.previous().isEmpty()) return Optional.empty();
        boolean valueAsked = !plan.countedNoun().isEmpty() || !q.aspects().isEmpty()
                || ValueAsked.asked(q.text(), q.text().toLowerCase(Locale.ROOT));
        if (!valueAsked) return Optional.empty();
        // coverage is weighted by rarity: 1 means the entry writes every subject asked
        List<Dataset> whole = e.entries().stream().filter(d -> e.coverage().getOrDefault(d.id(), 0.0) >= 0.999).toList();
        return whole.size() == 1 ? Optional.of(whole.get(0)) : Optional.empty();
    }
}
