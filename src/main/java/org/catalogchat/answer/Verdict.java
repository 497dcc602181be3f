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
        return sizeOfSomethingElse || valueOfUnwritten(p) ? NOT_STATED : ANSWER;
    }

    /** "…年龄范围是多少？", "…平均年龄是多少": a Chinese question that ends asking the value of what it names last. */
    private static final java.util.regex.Pattern ZH_VALUE_ASKED = java.util.regex.Pattern.compile("(?:是多少|是几|有多大|有多长)\\s*[？?]?$");

    /**
     * "UBIRIS.v2 的受试者年龄范围是多少？", "参与者的平均年龄是多少": the value asked is of the words right before 是多少
     * (年龄范围, 平均年龄). Where the one entry named writes neither the last of them nor the one joined before it, its
     * figures and the sentence writing the question's other words (受试者) answer another question: the entry does not
     * state it. The last word alone unwritten is not enough: "年龄范围" is answered by an entry writing 年龄 ("从1岁到101岁").
     */
    private static boolean valueOfUnwritten(QueryPlan p) {
        if (p.named().size() != 1 || !p.countedNoun().isEmpty() || p.query().compare()
                || !p.query().aspects().equals(java.util.Set.of(Query.Aspect.SIZE))) return false;
        String text = p.query().text().strip();
        java.util.regex.Matcher m = ZH_VALUE_ASKED.matcher(text);
        if (!m.find()) return false;
        String before = text.substring(0, m.start()).stripTrailing();
        Dataset d = p.named().get(0);
        String written = EntryTexts.ownText(d);
        // the words joined right before the cue, last first: 范围, then 年龄 (which ends where 范围 begins)
        int end = before.length();
        int unwritten = 0;
        for (int joined = 0; joined < 2; joined++) {
            Subject at = null;
            for (Subject s : p.subjects()) {
                if (!s.text().isEmpty() && before.startsWith(s.text(), end - s.text().length())) at = s;
            }
            if (at == null) break;
            if (EntryTexts.writesAnyForm(written, at)) return false;
            unwritten++;
            end -= at.text().length();
        }
        // one word alone (比例 in "人能认出来的比例是多少") may be written as a figure (73%): two unwritten say more
        return unwritten >= 2;
    }
}
