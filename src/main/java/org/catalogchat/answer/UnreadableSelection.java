package org.catalogchat.answer;

import java.util.Optional;

/**
 * A selection over the catalog that a question asks for but the catalog's fields cannot make, so any count or list
 * would be a confident wrong one: the answer says which it is instead. Decided once here, for {@link Verdict} (which
 * says "not stated") and for {@link GroundedAnswerer} (which says why); each reason used to be tested in both places.
 */
enum UnreadableSelection {
    /** "只有一个发布机构的数据集有多少个？": publisher lists may end in 等, so their length is not stated. */
    PUBLISHER_NUMBER,
    /** "视频数量不到1000个的": an upper bound is not read, so every entry of the topic would be listed. */
    UPPER_BOUND,
    /** "MIT or one of its labs" with no publisher read: a publisher was asked, the words left would pick by meaning. */
    UNREAD_PUBLISHER;

    /** The reason a question about no named entry cannot be answered by a selection, if there is one. */
    static Optional<UnreadableSelection> of(QueryPlan p) {
        if (!p.named().isEmpty()) return Optional.empty();
        Query q = p.query();
        if (PublisherNumbers.asked(q.text())) return Optional.of(PUBLISHER_NUMBER);
        if (UpperBounds.asked(q.text())) return Optional.of(UPPER_BOUND);
        if (SubOrganisations.asked(q.text()) && q.publishers().isEmpty() && q.publisherKind().isEmpty()) {
            return Optional.of(UNREAD_PUBLISHER);
        }
        return Optional.empty();
    }
}
