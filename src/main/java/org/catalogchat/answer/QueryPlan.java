package org.catalogchat.answer;

import java.util.List;
import java.util.Optional;
import org.catalogchat.catalog.Dataset;

/**
 * Step 1 of the pipeline, what a question asks once understood: the parsed conditions ({@link Query}: names,
 * publishers, dates, sizes, cues), the subject terms translated with the catalog's vocabulary, and what the
 * conversation before it supplies.
 *
 * @param query          names, publishers, dates, size condition, aspects and cues
 * @param subjects       content words and phrases, each with its forms in the catalog's languages
 * @param unknownNames   name-like tokens (MMLU, COCO) that name no entry
 * @param anyOf          whether the question says "or": its subjects then fall into alternatives ({@link Subject#group})
 * @param countedNoun    for "how many hours / speakers / 道题": the forms of what is counted, else empty
 * @param ranking        a superlative, if any
 * @param rankNoun       what a superlative ranks by ("most videos" → videos), else empty
 * @param previous       the entries of the previous answer, when this question refers back to them
 * @param ambiguous      a follow-up that could mean any of several earlier entries ("谁发布的？" after a list)
 * @param attributes     name-like tokens used as how the asked datasets were made ("用Kinect采集的"), each also a subject
 * @param sameDate       "do any datasets share a release date?": the asked entries grouped by their release date
 * @param top            how many of the ranking a superlative asks for ("the three newest", "最新的3个"): 1 unless said
 * @param place          which place of the ranking is asked ("the second newest", "第三早的"): 1 unless said
 * @param publishersRanked "which university released the most datasets?": the publishers of the plan's entries are
 *                       ranked by how many of them each names (the rest of the plan selects the entries); else empty
 * @param countedAboveOne the subjects (by text) a quantity word counts ("several cameras", 多种语言): a member must
 *                       write one of them counted above one ({@link QuantityWords}, {@link CountedAboveOne})
 */
record QueryPlan(Query query, List<Subject> subjects, List<String> unknownNames, boolean anyOf,
                 List<String> countedNoun, Optional<Query.Ranking> ranking, List<String> rankNoun,
                 List<Dataset> previous, boolean ambiguous, List<String> attributes, boolean sameDate, int top, int place,
                 Optional<PublisherRankingReader.Asked> publishersRanked, List<String> countedAboveOne) {
    QueryPlan {
        if (top < 1) throw new IllegalArgumentException("top " + top);
        if (place < 1) throw new IllegalArgumentException("place " + place);
        subjects = List.copyOf(subjects);
        unknownNames = List.copyOf(unknownNames);
        countedNoun = List.copyOf(countedNoun);
        rankNoun = List.copyOf(rankNoun);
        previous = List.copyOf(previous);
        attributes = List.copyOf(attributes);
        countedAboveOne = List.copyOf(countedAboveOne);
    }

    /** This plan for another reading of its question (the same subjects, ranking and conversation). */
    QueryPlan withQuery(Query q) {
        return new QueryPlan(q, subjects, unknownNames, anyOf, countedNoun, ranking, rankNoun, previous, ambiguous,
                attributes, sameDate, top, place, publishersRanked, countedAboveOne);
    }

    /** This plan with its subjects in the alternatives given ({@link JoinedTopics}: the two sides of an "and"). */
    QueryPlan withSubjectsApart(List<Subject> regrouped) {
        return new QueryPlan(query, regrouped, unknownNames, true, countedNoun, ranking, rankNoun, previous, ambiguous,
                attributes, sameDate, top, place, publishersRanked, countedAboveOne);
    }

    /** This plan's conditions alone: the entries its dates, publishers and sizes select, whatever they are about. */
    QueryPlan withoutSubjects() {
        return new QueryPlan(query, List.of(), unknownNames, anyOf, countedNoun, ranking, rankNoun, previous, ambiguous,
                List.of(), sameDate, top, place, publishersRanked, countedAboveOne);
    }

    /** This plan as the selection whose publishers are ranked by how many of its entries name them. */
    QueryPlan rankingPublishers(PublisherRankingReader.Asked asked) {
        return new QueryPlan(query, subjects, unknownNames, anyOf, countedNoun, ranking, rankNoun, previous, ambiguous,
                attributes, sameDate, top, place, Optional.of(asked), countedAboveOne);
    }

    /** Whether the plan asks nothing beyond "datasets": no subject, condition, name or list cue. */
    boolean asksNothingButDatasets() {
        return subjects.isEmpty() && !query.hasFilters() && !query.listAll() && unknownNames.isEmpty();
    }

    Language language() {
        return query.language();
    }

    List<Dataset> named() {
        return query.named();
    }
}
