package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.retrieval.EntryMeanings;

/**
 * The meaning checks of {@link EvidenceGatherer}: whether the entries' meanings (their descriptions glossed into
 * English) confirm that missing words are the catalog's other wording of a topic, or admit a partial entry beside
 * the members. Split out of the gatherer (behaviour unchanged) so that it orchestrates; every look here costs an
 * embedding, so the calibrated bounds (the MEANING_* constants) live with the looks they bound.
 */
final class MeaningChecks {
    /**
     * A word of a topic that no entry writes is set aside when the entry nearest the question in meaning reaches this
     * cosine similarity and writes the topic's other words. Calibrated on the five catalogs' dev sets
     * (docs/evaluation.md): absent topics' nearest entries mostly stay below it.
     */
    static final double MEANING_CONFIRMS = 0.45;
    /**
     * More entries than this writing a topic's other words is a broad topic, not a rewording of one entry's: no
     * meaning is asked (each entry's first look costs an embedding, about 15 ms).
     */
    static final int MEANING_CANDIDATES = 8;
    /** Members beyond which a topic's partial entries are not asked about in meaning ({@link #nearInMeaning}). */
    private static final int MEANING_MEMBERS_AT_MOST = 50;
    /** How near in meaning a partial entry of a topic must be to be a member (docs/evaluation.md, eighth pass). */
    static final double MEANING_ADMITS = 0.45;
    /** ... and how near, as a share of the nearest member's similarity, so that it stands beside the members. */
    static final double MEANING_BESIDE = 0.8;
    static final double MEANING_GAIN = 0.15;
    /**
     * Below this similarity to a two-word topic, an entry writing one of its words is about something else
     * ({@link TopicPhrases#oneWordOfTwo}). Far below {@link #MEANING_CONFIRMS}: an entry saying the topic in its own words is often
     * only 0.25–0.45 near it (THUCNews for "news articles", 0.26), while the other senses lay at 0.0–0.16 on the dev sets.
     */
    static final double MEANING_FAR = 0.2;

    private final Optional<EntryMeanings> meanings;

    MeaningChecks(Optional<EntryMeanings> meanings) {
        this.meanings = meanings;
    }

    /**
     * Whether the missing words are the catalog's other wording of a topic it has, not a topic it lacks: of the
     * entries writing every subject of the group that some entry writes (at most {@link #MEANING_CANDIDATES}), the
     * one nearest the whole topic in meaning is near enough ({@link #MEANING_CONFIRMS}) and no farther from the whole
     * topic than from its written words alone. "bird sounds" is nearer a birdsong archive than "bird" is; "soccer
     * match statistics" is farther from a match-video dataset than "soccer match", so it stays "not in the catalog".
     */
    boolean confirmedByMeaning(QueryPlan p, int group, Map<Subject, Map<Dataset, Double>> matched) {
        if (meanings.isEmpty()) return false;
        var words = p.subjects().stream().filter(s -> s.group() == group).toList();
        List<Map<Dataset, Double>> written = matched.entrySet().stream().filter(e -> e.getKey().group() == group)
                .map(Map.Entry::getValue).toList();
        var candidates = TopicPhrases.writingAll(written, MEANING_CANDIDATES + 1);
        if (candidates.isEmpty() || candidates.size() > MEANING_CANDIDATES) return false;
        String topic = String.join(" ", words.stream().map(Subject::text).toList());
        var best = meanings.get().best(topic, candidates);
        if (best.isEmpty() || best.get().similarity() < MEANING_CONFIRMS) return false;
        String writtenWords = String.join(" ", words.stream().filter(matched::containsKey).map(Subject::text).toList());
        return best.get().similarity() >= meanings.get().similarity(writtenWords, best.get().dataset()).orElse(1);
    }

    /**
     * The partial entries of a topic question that say the topic in their own words: an entry writing only some of
     * its words ("household", not "electricity usage": it writes 用电) whose meaning (its description glossed into
     * English) is near the whole topic, at least {@link #MEANING_ADMITS} and not far below the nearest entry already
     * a member ({@link #MEANING_BESIDE}). Meaning never admits an entry that writes none of the topic's words, and
     * only the partial entries covering most are asked ({@link #MEANING_CANDIDATES}, each a first look of ~15 ms).
     */
    List<Dataset> nearInMeaning(QueryPlan p, List<Dataset> partial, List<Dataset> members,
                                        Map<Subject, Map<Dataset, Double>> matched) {
        // beside a member only: with none, meaning alone would answer a topic the catalog lacks ("Human Genome Project")
        if (meanings.isEmpty() || partial.isEmpty() || members.isEmpty() || p.anyOf()) return List.of();
        // a topic its words already answer with many entries needs no entry that says it otherwise, and each look is
        // ~15 ms of MiniLM: at 100,000 entries the free-text p99 was 0.5 s with it
        if (members.size() > MEANING_MEMBERS_AT_MOST) return List.of();
        String topic = String.join(" ", p.subjects().stream().map(Subject::text).toList());
        var out = new ArrayList<Dataset>();
        double beside = -1; // looked up only once an entry comes near enough to need it: most questions have none
        for (Dataset d : partial.stream().limit(MEANING_CANDIDATES).toList()) {
            double near = meanings.get().similarity(topic, d).orElse(0);
            if (near < MEANING_ADMITS) continue;
            if (beside < 0) beside = nearestMember(topic, members);
            if (near < MEANING_BESIDE * beside) continue;
            // the words it lacks must bring the topic nearer the entry, as in confirmedByMeaning: "bilibili videos"
            // is farther from a video dataset that never says bilibili than "videos" alone
            String writes = String.join(" ", p.subjects().stream()
                    .filter(x -> matched.containsKey(x) && matched.get(x).containsKey(d)).map(Subject::text).toList());
            if (near >= meanings.get().similarity(writes, d).orElse(1) + MEANING_GAIN) out.add(d);
        }
        return out;
    }

    /**
     * How near the topic is to the nearest of the first members: each is a first look of ~15 ms, and at 100,000
     * entries a topic has thousands of them (all of them took a free-text question 186 s of CPU).
     */
    private double nearestMember(String topic, List<Dataset> members) {
        double nearest = 0;
        for (Dataset m : members.subList(0, Math.min(members.size(), MEANING_CANDIDATES))) {
            nearest = Math.max(nearest, meanings.get().similarity(topic, m).orElse(0));
        }
        return nearest;
    }
}
