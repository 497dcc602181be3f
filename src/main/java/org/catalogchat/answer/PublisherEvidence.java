package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The publisher side of {@link EvidenceGatherer}: which forms of a subject may name a publisher, and the pool of
 * entries that meet a plan's publisher, date and size conditions. Split out of the gatherer (behaviour unchanged) so
 * that it orchestrates; these checks read only the catalog's publishers and the entries' texts.
 */
final class PublisherEvidence {
    private final EntryTexts texts;
    private final Glossary glossary;
    private final Optional<CatalogVocabulary> vocabulary;
    private final Map<String, List<String>> canonicalPublishers = new HashMap<>();

    PublisherEvidence(Catalog catalog, Glossary glossary, EntryTexts texts, Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.glossary = glossary;
        this.vocabulary = vocabulary;
        for (Dataset d : catalog.datasets()) {
            canonicalPublishers.put(d.id(), d.publishers().stream().map(glossary::canonicalPublisher).toList());
        }
    }

    /**
     * The forms of a subject that may name a publisher. Chinese has no word breaks, so a common noun can open an
     * organisation's name (蛋白质 opens 蛋白质信息资源, 北京 opens 北京大学): a Chinese form counts only when it is an
     * organisation itself, known by name or some entry's whole publisher (微软 for 微软亚洲研究院, 加州大学 for
     * 加州大学伯克利分校). Latin forms end at a word break already (Google for Google Research), but a dictionary word
     * may still open a name (Home Credit): see {@link #nameLike}.
     */
    List<String> publisherForms(Subject s, boolean organisation) {
        if (organisation) return s.forms();
        boolean capitalised = PublisherNameWords.writtenAsName(s); // the planner's rule for a word that opens the question
        return s.forms().stream().filter(f -> TopicMatcher.hasHan(f) ? texts.isPublisher(f) : nameLike(f, capitalised)).toList();
    }

    /**
     * Whether a Latin form may stand for a publisher it opens: a whole publisher's name (Waymo, Netflix), or a word no
     * dictionary headword glosses (a name: Riiid, Mozilla). An English word ("home", "open") that opens a publisher's
     * name (Home Credit, The Open University) is asked as a word: "home electricity usage" is about households.
     */
    private boolean nameLike(String latin, boolean capitalised) {
        // A dictionary word that is only a later word of a Latin name ("Face" of Hugging Face) is asked as a word
        // when the question writes it in lower case ("face datasets"); capitalised ("the Human Genome Project") it
        // may be that name's.
        boolean publisher = capitalised ? texts.isPublisher(latin) : texts.isPublisherByName(latin);
        return publisher || vocabulary.map(v -> !v.dictionaryKnows(latin)).orElse(true);
    }

    /**
     * The ordinals of the entries to score, newest first: the pool (every entry that meets the plan's publisher, date
     * and size conditions; for a follow-up, only the previous answer's) and, when {@code selected} is not null, only
     * those some subject selects. The bit is tested before any record is read: a date selects a run of the
     * newest-first order (a superset, checked below), a year's ~10,000 entries at 100,000, of which a topic selects few.
     */
    int[] pool(QueryPlan p, BitSet selected) {
        Query q = p.query();
        boolean conditions = !q.publishers().isEmpty() || q.dates().isPresent() || q.sizeAtLeast().isPresent()
                || q.publisherKind().isPresent();
        // A follow-up about the previous answer ("how many of those came out in 2024?") looks only among its entries.
        var earlier = new HashSet<String>();
        p.previous().forEach(d -> earlier.add(d.id()));
        if (!conditions && earlier.isEmpty()) {
            if (selected != null) return texts.newestFirstOrdinals(selected);
            int[] all = new int[texts.size()];
            for (int i = 0; i < all.length; i++) all[i] = texts.ordinalAt(i);
            return all;
        }
        var publisherNames = new ArrayList<String>();
        for (String canonical : q.publishers()) {
            publisherNames.add(canonical);
            glossary.publishers().stream().filter(g -> g.chinese().equals(canonical))
                    .forEach(g -> publisherNames.addAll(g.allNames()));
        }
        Set<Dataset> byPublisher = q.publishers().isEmpty() ? Set.of() : texts.publishedBy(publisherNames);
        int[] run = q.dates().isEmpty() ? new int[] {0, texts.size()}
                : texts.runStartingWithin(q.dates().get().from(), q.dates().get().to());
        int[] out = new int[run[1] - run[0]];
        int n = 0;
        for (int at = run[0]; at < run[1]; at++) {
            int o = texts.ordinalAt(at);
            if (selected != null && !selected.get(o)) continue;
            Dataset d = texts.all().get(o);
            if (!q.publishers().isEmpty() && !byPublisher.contains(d)
                    && canonicalPublishers.get(d.id()).stream().noneMatch(q.publishers()::contains)) continue;
            if (q.jointly() && !everyPublisher(d, q.publishers())) continue;
            if (q.publisherKind().isPresent() && d.publishers().stream().noneMatch(q.publisherKind().get()::holds)) continue;
            if (q.dates().isPresent() && !q.dates().get().holds(d)) continue;
            if (q.sizeAtLeast().isPresent() && !SizeThresholds.meets(d, q.sizeAtLeast().get())) continue;
            if (!earlier.isEmpty() && !earlier.contains(d.id())) continue;
            out[n++] = o;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Whether each of the asked publishers (canonical names) is one of the entry's, by any of its names. */
    private boolean everyPublisher(Dataset d, Set<String> asked) {
        for (String canonical : asked) {
            var names = new ArrayList<String>();
            names.add(canonical);
            glossary.publishers().stream().filter(g -> g.chinese().equals(canonical)).forEach(g -> names.addAll(g.allNames()));
            if (!texts.publishedBy(names).contains(d) && !canonicalPublishers.get(d.id()).contains(canonical)) return false;
        }
        return true;
    }
}
