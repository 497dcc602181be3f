package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.TopicMatcher;

/**
 * A topic question of two topics joined by "and" (谣言和假新闻, "crop pests and plant diseases") read as the two
 * topics it names, each side of the "and" an alternative of its own, the way "A or B" is read. Read jointly (every
 * word in one entry) such a question answers "not in the catalog" as soon as one side is a word no entry writes,
 * though the catalog has the other topic; and where one entry writes both, it lists that entry alone though others
 * answer each topic asked. The reading apart is only offered: {@link GroundedAnswerer} takes it where the joint
 * reading finds nothing, or where it answers both topics without turning broad ({@link #widens}).
 *
 * <pre>{@code
 * JoinedTopics.apart(plan).ifPresent(p -> gatherer.gather(p));
 * }</pre>
 */
final class JoinedTopics {
    /** "and" between words; 和, 与, 及, 以及 (not 参与 "take part", which is no conjunction). */
    static final Pattern AND = Pattern.compile("\\band\\b|&|以及|(?<!以)及|(?<!参)与|和");

    /** The most of a catalog two topics read apart may answer (the dev sets' joined topics answer 2–3 of 30–40). */
    static final double NARROW_SHARE = 0.2;

    private JoinedTopics() {
    }

    /**
     * The plan with the subjects before the one "and" of its question in one alternative and those after it in
     * another; empty unless it is a topic question (no name, count, filter, list cue, ranking, follow-up or "or") with
     * exactly one "and" and a subject on each side of it, each subject's text found once in the question.
     */
    static Optional<QueryPlan> apart(QueryPlan p) {
        Query q = p.query();
        if (!p.named().isEmpty() || p.anyOf() || !p.unknownNames().isEmpty() || !p.previous().isEmpty()
                || p.ranking().isPresent() || p.publishersRanked().isPresent() || p.sameDate() || q.count()
                || q.hasFilters() || q.listAll() || p.subjects().size() < 2) return Optional.empty();
        // "both X and Y", 既X又Y: the question itself says the two are asked in one entry
        if (BothMarkers.asked(q.text())) return Optional.empty();
        String text = q.text().toLowerCase(Locale.ROOT);
        Matcher m = AND.matcher(text);
        if (!m.find()) return Optional.empty();
        int at = m.start();
        if (m.find()) return Optional.empty(); // "A, B and C" or two joins: which words go together is unclear
        var regrouped = new ArrayList<Subject>();
        boolean before = false;
        boolean after = false;
        for (Subject s : p.subjects()) {
            String t = s.text().toLowerCase(Locale.ROOT);
            int where = text.indexOf(t);
            if (t.isEmpty() || where < 0 || text.indexOf(t, where + 1) >= 0) return Optional.empty();
            if (where < at && where + t.length() > at) return Optional.empty(); // "and" inside a subject's phrase
            boolean left = where < at;
            before |= left;
            after |= !left;
            regrouped.add(s.inGroup(left ? 0 : 1));
        }
        if (!before || !after) return Optional.empty();
        return Optional.of(p.withSubjectsApart(List.copyOf(regrouped)));
    }

    /**
     * Whether the question says its two topics are asked in one entry (the "together" cues: 同时有视频和音频, 触觉和语言
     * 描述配对, "audio paired with video"): then an entry writing both answers it, and one writing either side alone
     * does not, so the reading apart is not offered while the joint reading answers.
     */
    static boolean askedTogether(String question, List<String> cues) {
        return cues.stream().anyMatch(c -> TopicMatcher.contains(question, c));
    }

    /**
     * Whether the reading apart answers the two topics asked where the joint reading answers only their overlap: it
     * writes both sides (no word unmatched), keeps every joint member and adds some ("papers and charts": VEGA writes
     * papers, no charts), and stays narrow, at most {@link #NARROW_SHARE} of the catalog. A side that alone answers more
     * is a broad word ("Chinese and English parallel corpora": 中文 alone is a fifth of a catalog), more likely a
     * modifier of the other side's noun than a topic of its own, so the joint reading stands.
     */
    static boolean widens(Evidence joint, Evidence apart, int catalogSize) {
        return apart.unmatched().isEmpty() && apart.entries().containsAll(joint.entries())
                && apart.entries().size() > joint.entries().size() && apart.entries().size() <= NARROW_SHARE * catalogSize;
    }

    /**
     * The evidence of the reading apart, with the words of the side no entry writes named in the answer ("no entry
     * writes 谣言; these match the question's other words") rather than left silent: the list answers one of the two
     * topics asked, and says which it could not.
     */
    static Evidence namingTheMissing(Evidence e) {
        if (e.unmatched().isEmpty()) return e;
        var setAside = new ArrayList<>(e.setAside());
        setAside.addAll(e.unmatched());
        return new Evidence(e.entries(), e.coverage(), e.sentences(), e.figures(), List.of(), e.generic(), setAside,
                e.suggestions());
    }
}
