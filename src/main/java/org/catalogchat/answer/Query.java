package org.catalogchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.catalog.Dataset;

/**
 * What a question was understood to ask, before any answer is chosen.
 *
 * @param text         the question as asked
 * @param language     its language
 * @param named        datasets the question names, in order
 * @param publishers   canonical (catalog) names of publishers it filters by, in the order the question writes them
 * @param dates        the release-date condition, if any
 * @param topics       glossary topic keys it asks about (all must hold)
 * @param sizeAtLeast  a "more than N …" condition, if any
 * @param ranking      a superlative ("the largest", "最早"), if any
 * @param aspects      which facts of a named dataset it asks for
 * @param count        whether it asks "how many datasets"
 * @param compare      whether it asks to compare
 * @param listAll      whether it asks for the whole catalog ("list all datasets")
 * @param followUp     whether it refers back ("who released it?")
 * @param unknownTerms content words the catalog never uses (a sign it asks about something absent)
 * @param knownTerms   content words the catalog does use
 * @param rest         the question with the names and publishers it matched blanked out: where subjects are sought
 * @param jointly      whether the publishers are asked together ("A和B合作发布的", "released jointly by A and B"): an
 *                     entry must have every one of them, not any
 * @param publisherKind a kind of publisher asked instead of a named one ("published by universities"), if any
 */
public record Query(String text, Language language, List<Dataset> named, Set<String> publishers,
                    Optional<DateRange> dates, Set<String> topics, Optional<SizeCondition> sizeAtLeast,
                    Optional<Ranking> ranking, Set<Aspect> aspects, boolean count, boolean compare,
                    boolean listAll, boolean followUp, List<String> unknownTerms, List<String> knownTerms, String rest,
                    boolean jointly, Optional<PublisherKind> publisherKind) {

    /** Facts one can ask of a dataset. */
    public enum Aspect { PUBLISHER, DATE, SIZE, LINK }

    /**
     * A kind of publisher ("universities", "高校"): entries whose publisher's name writes one of {@code forms} (大学,
     * University) and none of {@code notForms} (科学院 holds 学院 but is no college). {@code region} is a qualifier
     * the catalog cannot check ("Chinese", "美国"): where publishers are based is not stated; empty when none.
     */
    public record PublisherKind(String english, String chinese, List<String> forms, List<String> notForms, String region) {
        public PublisherKind {
            forms = List.copyOf(forms);
            notForms = List.copyOf(notForms);
        }

        /** Whether a publisher's name, as the catalog writes it, is of this kind. */
        public boolean holds(String publisher) {
            String p = publisher.toLowerCase(java.util.Locale.ROOT);
            return forms.stream().anyMatch(f -> p.contains(f.toLowerCase(java.util.Locale.ROOT)))
                    && notForms.stream().noneMatch(f -> p.contains(f.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** Superlatives that rank instead of filter. */
    public enum Ranking { LARGEST, SMALLEST, NEWEST, OLDEST }

    /**
     * "more than a million images": at least {@code value} of {@code unit} ("" for any count). {@code written} is set
     * when the unit itself is the filter ("sizes in GB", value 0): the forms (a regular expression) a text writes the
     * unit in after a figure, GB as asked (not TB), hours as 小时 or hours.
     */
    public record SizeCondition(double value, String unit, String text, String written) {
        /** The prefix of a unit no units row knows ("other:languages"): figures in known units never meet it. */
        public static final String OTHER = "other:";

        public SizeCondition(double value, String unit, String text) {
            this(value, unit, text, "");
        }
    }

    public Query {
        named = List.copyOf(named);
        // in the order asked: an answer naming two publishers reads the same in every run (Set.copyOf's order is salted)
        publishers = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(publishers));
        topics = Set.copyOf(topics);
        aspects = Set.copyOf(aspects);
        unknownTerms = List.copyOf(unknownTerms);
        knownTerms = List.copyOf(knownTerms);
    }

    /** Whether the question narrows the catalog by anything other than names. */
    public boolean hasFilters() {
        return !publishers.isEmpty() || dates.isPresent() || !topics.isEmpty() || sizeAtLeast.isPresent()
                || publisherKind.isPresent();
    }

    public Query withPublishers(Set<String> names) {
        return new Query(text, language, named, names, dates, topics, sizeAtLeast, ranking, aspects, count, compare,
                listAll, followUp, unknownTerms, knownTerms, rest, jointly && names.size() >= 2, publisherKind);
    }

    /**
     * "released the same year as X", "before X": the release period the named entry X gives becomes the date condition,
     * and X is no longer the entry asked about; {@code rest} is the question with the words of that reading blanked.
     */
    public Query withReferencePeriod(DateRange period, String rest) {
        // "released on the same day as X": the date is the condition, not a detail asked of what it selects
        return new Query(text, language, List.of(), publishers, Optional.of(period), topics, sizeAtLeast, ranking, aspectsBut(Aspect.DATE),
                count, compare, listAll, followUp, unknownTerms, knownTerms, rest, jointly, publisherKind);
    }

    /** The question ranked by date: "the next dataset after X" is the earliest of those after X. */
    public Query withRanking(Ranking r) {
        return new Query(text, language, named, publishers, dates, topics, sizeAtLeast, Optional.of(r), aspects, count, compare,
                listAll, followUp, unknownTerms, knownTerms, rest, jointly, publisherKind);
    }

    private Set<Aspect> aspectsBut(Aspect condition) {
        var asked = java.util.EnumSet.noneOf(Aspect.class);
        asked.addAll(aspects);
        asked.remove(condition);
        return Set.copyOf(asked);
    }

    /** The same question without its publisher, date and size conditions: what its subjects alone select. */
    public Query withoutFilters() {
        return new Query(text, language, named, Set.of(), Optional.empty(), topics, Optional.empty(), ranking, aspects, count,
                compare, listAll, followUp, unknownTerms, knownTerms, rest, false, Optional.empty());
    }

    /** The question with a size condition read after parsing ("sizes in GB"); {@code rest} without its words. */
    public Query withSizeAtLeast(SizeCondition size, String rest) {
        // "which datasets give their size in GB?": the size is the condition, not a detail asked of what it selects
        return new Query(text, language, named, publishers, dates, topics, Optional.of(size), ranking, aspectsBut(Aspect.SIZE), count, compare,
                listAll, followUp, unknownTerms, knownTerms, rest, jointly, publisherKind);
    }

    public Query withPublisherKind(PublisherKind kind) {
        return new Query(text, language, named, publishers, dates, topics, sizeAtLeast, ranking, aspects, count, compare,
                listAll, followUp, unknownTerms, knownTerms, rest, jointly, Optional.of(kind));
    }

    public Query withNamed(List<Dataset> datasets) {
        // a question about named entries counts their contents, not datasets ("how many products does M5 have")
        return new Query(text, language, datasets, publishers, dates, topics, sizeAtLeast, ranking, aspects,
                count && datasets.isEmpty(), compare, listAll, followUp, unknownTerms, knownTerms, rest, jointly, publisherKind);
    }

    /** The same question read as asking for the whole catalog ("目录收录了哪些数据集？"). */
    public Query withListAll() {
        return new Query(text, language, named, publishers, dates, topics, sizeAtLeast, ranking, aspects, count, compare,
                true, followUp, unknownTerms, knownTerms, rest, jointly, publisherKind);
    }
}
