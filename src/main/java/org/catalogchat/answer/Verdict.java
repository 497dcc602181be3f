package org.catalogchat.answer;

import org.catalogchat.catalog.Dataset;

/**
 * The one place that decides whether the catalog answers a question, from the plan and its evidence: every
 * subject must be written somewhere (after translation), a name-like token must name an entry, and the
 * conditions must leave at least one entry. A named entry's detail that no sentence states is "not stated",
 * never a generic card.
 */
enum Verdict {
    /** The evidence answers the question. */
    ANSWER,
    /** The catalog holds nothing that answers it: "not in the catalog", empty sources. */
    NOT_IN_CATALOG,
    /** The entry is in the catalog but its text does not state the detail asked. */
    NOT_STATED,
    /** A follow-up that could mean any of several earlier entries: ask which. */
    ASK_WHICH;

    static Verdict of(QueryPlan p, Evidence e) {
        if (p.ambiguous()) return ASK_WHICH;
        if (!p.named().isEmpty()) return aboutNamed(p, e);
        if (!p.unknownNames().isEmpty()) return NOT_IN_CATALOG;
        // a selection the catalog's fields cannot make: no count or list, the composer says why
        if (UnreadableSelection.of(p).isPresent()) return NOT_STATED;
        if (everyAlternativeOut(p, e.unmatched())) return NOT_IN_CATALOG;
        Query q = p.query();
        boolean asksSomething = !p.subjects().isEmpty() || q.hasFilters() || q.listAll() || p.ranking().isPresent()
                || q.count() || !p.previous().isEmpty() || p.sameDate();
        if (!asksSomething || e.entries().isEmpty()) return NOT_IN_CATALOG;
        if (!p.rankNoun().isEmpty() && e.figures().isEmpty()) return NOT_STATED;
        // "Chinese universities": the catalog names publishers only, so a qualifier of their kind cannot be checked
        if (q.publisherKind().isPresent() && !q.publisherKind().get().region().isEmpty()) return NOT_STATED;
        return ANSWER;
    }

    /**
     * Every alternative ("A or B") has a subject no entry writes: all are out, which is "not in the catalog" whatever
     * the entries (a question about no named entry). The gatherer asks this too, to skip entries that cannot answer.
     */
    static boolean everyAlternativeOut(QueryPlan p, java.util.List<Subject> unmatched) {
        long alternatives = p.subjects().stream().mapToInt(Subject::group).distinct().count();
        long dead = unmatched.stream().mapToInt(Subject::group).distinct().count();
        return dead > 0 && dead >= alternatives;
    }

    private static Verdict aboutNamed(QueryPlan p, Evidence e) {
        if (!p.countedNoun().isEmpty() && p.named().stream().allMatch(d -> e.figuresOf(d).isEmpty())) return NOT_STATED;
        boolean asksDetail = p.query().aspects().isEmpty() && p.countedNoun().isEmpty() && p.named().size() == 1
                && !p.query().compare() && !(p.subjects().size() == e.generic().size());
        if (asksDetail) {
            Dataset d = p.named().get(0);
            if (e.sentencesOf(d).isEmpty()) return NOT_STATED;
        }
        // "MMEarth的图像分辨率是多少": "多少" asks a size, but of something the entry's text never writes; its
        // figures would answer another question
        boolean sizeOfSomethingElse = p.query().aspects().equals(java.util.Set.of(Query.Aspect.SIZE))
                && p.countedNoun().isEmpty() && p.named().size() == 1 && p.subjects().size() > e.generic().size()
                && e.sentencesOf(p.named().get(0)).isEmpty();
        return sizeOfSomethingElse ? NOT_STATED : ANSWER;
    }
}
