package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Two topics joined by "and" that share a head written once: 道路和混凝土裂缝 (道路裂缝 and 混凝土裂缝), 中文和日语歌声,
 * "road and bridge crack datasets", or with the shared words first, 水下图像增强和语义分割 (水下图像增强 and 水下图像语义分割).
 * Read jointly the phrase is one subject no entry writes (a count answers 0); read as two topics apart the side without
 * the head is a bare modifier (日本 alone is no topic). The side with fewer words is taken to be the one the head was
 * left off, and the head (the other side's extra words, after it in "X和Y head", before it in "head X和Y") is given
 * to both sides. The reading is only offered, as {@link JoinedTopics#apart} is: {@link GroundedAnswerer} takes it
 * where the joint reading finds nothing, or where it answers both topics without turning broad.
 *
 * <pre>{@code
 * SharedHead.distributed(plan).ifPresent(p -> gatherer.gather(p));
 * }</pre>
 */
final class SharedHead {
    private static final Pattern LIST_COMMA = Pattern.compile("[,，、]");

    private SharedHead() {
    }

    /**
     * The plan with the subjects of each side of its one "and" in an alternative of their own and the head in both;
     * empty unless the question (a topic, list or count, with no name, filter, ranking, follow-up, "or" or "both") has
     * exactly one "and", subjects on each side, each subject's text found once, and more subjects on one side than on
     * the other (equal sides share nothing: that is {@link JoinedTopics#apart}'s reading).
     */
    static Optional<QueryPlan> distributed(QueryPlan p) {
        Query q = p.query();
        if (!p.named().isEmpty() || p.anyOf() || !p.unknownNames().isEmpty() || !p.previous().isEmpty()
                || p.ranking().isPresent() || p.publishersRanked().isPresent() || p.sameDate() || q.hasFilters()
                || p.subjects().size() < 3) return Optional.empty();
        // "both X and Y": one entry must meet both, the sides are never read apart
        if (BothMarkers.asked(q.text())) return Optional.empty();
        String text = q.text().toLowerCase(Locale.ROOT);
        // "people, places and organisations", 谣言、假新闻和标题党: a list of more than two, not one head shared by two
        if (LIST_COMMA.matcher(text).find()) return Optional.empty();
        Matcher m = JoinedTopics.AND.matcher(text);
        if (!m.find()) return Optional.empty();
        int at = m.start();
        if (m.find()) return Optional.empty(); // "A, B and C" or two joins: which words go together is unclear
        record Placed(Subject subject, int where) {}
        var placed = new ArrayList<Placed>();
        for (Subject s : p.subjects()) {
            String t = s.text().toLowerCase(Locale.ROOT);
            int where = text.indexOf(t);
            if (t.isEmpty() || where < 0 || text.indexOf(t, where + 1) >= 0) return Optional.empty();
            if (where < at && where + t.length() > at) return Optional.empty(); // "and" inside a subject's phrase
            placed.add(new Placed(s, where));
        }
        placed.sort(Comparator.comparingInt(Placed::where));
        List<Subject> left = placed.stream().filter(x -> x.where() < at).map(Placed::subject).toList();
        List<Subject> right = placed.stream().filter(x -> x.where() > at).map(Placed::subject).toList();
        if (left.isEmpty() || right.isEmpty()) return Optional.empty();
        List<Subject> x;
        List<Subject> y;
        List<Subject> head;
        int before = text.lastIndexOf('的', at);
        int after = text.indexOf('的', at);
        List<Subject> beforeDe = placed.stream().filter(s -> s.where() < before).map(Placed::subject).toList();
        List<Subject> afterDe = after < 0 ? List.of() : placed.stream().filter(s -> s.where() > after).map(Placed::subject).toList();
        if (before >= 0 && !beforeDe.isEmpty() && beforeDe.size() < left.size()) {
            // 非洲语言的情感分析和命名实体识别: the words before a 的 ahead of the join are the head
            head = beforeDe;
            x = left.subList(beforeDe.size(), left.size());
            y = right;
        } else if (!afterDe.isEmpty() && afterDe.size() < right.size()) {
            // 中文和日语的歌声数据: the words after a 的 past the join are
            head = afterDe;
            x = left;
            y = right.subList(0, right.size() - afterDe.size());
        } else if (right.size() > left.size()) {
            // 中文和日语歌声: as many words on each side as the first has, the rest of the second is the head
            head = right.subList(left.size(), right.size());
            x = left;
            y = right.subList(0, left.size());
        } else if (left.size() > right.size() && TopicMatcher.hasHan(text)) {
            // (only in Chinese, where a modifier's words do open the phrase; "image-caption pairs split into strongly
            // and weakly matched ones" measured: English words before the join are no head they share)
            // 水下图像增强和语义分割: the head opens the first side
            head = left.subList(0, left.size() - right.size());
            x = left.subList(head.size(), left.size());
            y = right;
        } else {
            return Optional.empty();
        }
        // 谣言和假新闻: 假 is a piece of 假新闻 the dictionary cut off, not a side with 新闻 its head
        if (oneCharacterPieces(x) || oneCharacterPieces(y)) return Optional.empty();
        var regrouped = new ArrayList<Subject>();
        x.forEach(s -> regrouped.add(s.inGroup(0)));
        head.forEach(s -> regrouped.add(s.inGroup(0)));
        y.forEach(s -> regrouped.add(s.inGroup(1)));
        head.forEach(s -> regrouped.add(s.inGroup(1)));
        return Optional.of(p.withSubjectsApart(List.copyOf(regrouped)));
    }

    private static boolean oneCharacterPieces(List<Subject> side) {
        return side.stream().allMatch(s -> s.text().codePointCount(0, s.text().length()) < 2);
    }
}
