package org.catalogchat.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Release dates bounded by named entries: "before LAION-5B", "after OmniCorpus but before MMEarth", "between Video-MME
 * and VEGA", "in 2024 after MMEarth", "X之前/之后", "早于X", "在X之后、Y之前", "X和Y之间", "on the same day as X",
 * "和X同一天". Read as names, each was the card of the entry or a comparison of the two, never the entries around them.
 *
 * <p>The named entries give the bounds and are no longer what is asked about. A bound is strict (an entry of the
 * same day as X is neither before nor after X) and the entries that give it are never in the answer ("和 VEGA
 * 同一个月发布的还有哪些" does not list VEGA). The reading is taken only when every named entry is such a reference
 * and its date is stated to the day, so "Was WuDaoMM released before TaiSu?" stays a comparison, and an entry
 * dated to a year bounds nothing it cannot order.
 *
 * <pre>{@code
 * RelativeDates.read(q); // "Which datasets came out before LAION-5B?" → released before 2022-03-31, nothing named
 * }</pre>
 */
final class RelativeDates {
    private enum Relation { BEFORE, AFTER, SAME_DAY, AROUND }

    /** The words before a name that place the asked entries before it, after it, on its day, or between two. */
    private static final Pattern EN_BEFORE = Pattern.compile("\\b(?:before|earlier\\s+than|prior\\s+to|older\\s+than|ahead\\s+of"
            + "|leading\\s+up\\s+to|in\\s+the\\s+run[\\s-]+up\\s+to|the\\s+run[\\s-]+up\\s+to)"
            + "\\s+(?:the\\s+(?:release|publication)\\s+of\\s+)?(?:the\\s+)?$");
    private static final Pattern EN_AFTER = Pattern.compile("\\b(?:after|later\\s+than|newer\\s+than|since|following|once)"
            + "\\s+(?:the\\s+(?:release|publication)\\s+of\\s+)?(?:the\\s+)?$");
    private static final Pattern EN_SAME_DAY = Pattern.compile("\\bthe\\s+same\\s+(?:day|date)\\s+as\\s+$");
    private static final Pattern EN_BETWEEN = Pattern.compile("\\bbetween\\s+$");
    /** The release written as an event right after the name ("X coming out", "X's release"): a window from it runs forward. */
    private static final Pattern EN_RELEASE_EVENT = Pattern.compile("^\\s*(?:'s\\s+(?:release|publication|launch)"
            + "|(?:coming|came)\\s+out|being\\s+(?:released|published)|(?:was|got)\\s+(?:released|published))\\b");
    private static final Pattern EN_AND = Pattern.compile("^\\s*(?:and|&)\\s+$");

    private static final Pattern ZH_BEFORE_PREFIX = Pattern.compile("(?:早于|先于)\\s*$");
    private static final Pattern ZH_AFTER_PREFIX = Pattern.compile("(?:晚于|迟于)\\s*$");
    private static final Pattern ZH_THAN = Pattern.compile("比\\s*$");
    private static final Pattern ZH_EARLIER = Pattern.compile("^\\s*(?:更)?(?:早|旧)");
    private static final Pattern ZH_LATER = Pattern.compile("^\\s*(?:更)?(?:晚|新)");
    private static final Pattern ZH_BEFORE_SUFFIX = Pattern.compile("^\\s*(?:发布)?(?:之前|以前|前(?![面身期]))");
    /** Not 后来 ("X 后来扩展到…": later on, of X itself) nor 后续/后面. */
    private static final Pattern ZH_AFTER_SUFFIX = Pattern.compile("^\\s*(?:发布)?(?:之后|以后|后(?![来续面期]))");
    private static final Pattern ZH_WITH = Pattern.compile("(?:和|与|跟|同)\\s*$");
    private static final Pattern ZH_SAME_DAY = Pattern.compile("^\\s*(?:在)?(?:同一天|同一日|同日|同天|是同一天)");
    private static final Pattern ZH_AND = Pattern.compile("^\\s*(?:和|与|跟|到|至)\\s*$");
    /** "X前后一个月内": both sides of X's day; only with a length. */
    private static final Pattern ZH_AROUND_SUFFIX = Pattern.compile("^\\s*(?:发布)?(?:的)?前后");
    private static final Pattern ZH_BETWEEN_SUFFIX = Pattern.compile("^\\s*(?:发布的?)?(?:之间|中间)");

    /** The words of the reading, blanked from what is left of the question so that none is a subject. */
    private static final Pattern RELATION_WORDS = Pattern.compile("(?i)\\b(?:before|after|earlier\\s+than|later\\s+than|prior\\s+to"
            + "|older\\s+than|newer\\s+than|ahead\\s+of|since|following|once|followed|(?:was|were|is)\\s+out|between|the\\s+same\\s+(?:day|date)\\s+as|but|and"
            + "|the\\s+(?:release|publication)\\s+of|leading\\s+up\\s+to|run[\\s-]+up\\s+to"
            + "|com(?:ing|es)\\s+out|came\\s+out|(?:was|were|got|being|getting)\\s+released|(?:'s|its)\\s+release"
            + "|counting\\s+only|only\\s+counting|not\\s+counting(?:\\s+(?:those|these|them|the|either|both))?(?:\\s+(?:two|2))?"
            + "|(?:those|these|the)\\s+two\\s+(?:excluded|left\\s+out|themselves))\\b|早于|先于|晚于|迟于|之前|以前|之后|以后|之间|中间|同一天|同一日|同日|同天"
            + "|比\\s*(?:更|还)?(?:早|晚|新|旧)?");

    /**
     * A word of release or time: without one, "between X and Y" is what tells two entries apart ("What is the
     * difference between X and Y?"), not a period.
     */
    private static final Pattern RELEASE_WORDS = Pattern.compile("\\b(?:released?|releases|came\\s+out|comes?\\s+out|published"
            + "|publish|appeared|launched|dated|newer|older|earlier|later|dates?|when|followed|(?:was|were|is)\\s+out)\\b|下一个|上一个|发布|推出|公开|发表|出来|上线|问世|早|晚|日期|时间");

    private RelativeDates() {
    }

    /**
     * Where a named entry is written in the question, how the question places the asked entries against it, and the
     * length of the window when one is written ("in the 30 days after X"; its span, in the question, is blanked too).
     */
    private record Reference(Dataset entry, int at, int end, Relation relation, Optional<WindowLengths.Length> length) {
        Reference(Dataset entry, int at, int end, Relation relation) {
            this(entry, at, end, relation, Optional.empty());
        }
    }

    /** A relation read around one name, with the window length and its span in the question when one is written. */
    private record Placement(Relation relation, Optional<WindowLengths.Length> length) {
        static Placement of(Relation r) {
            return new Placement(r, Optional.empty());
        }
    }

    /**
     * The query with the period its named entries bound, or {@code q} unchanged when some named entry is not such a
     * reference, a reference's date is not stated to the day, or a written period cannot be narrowed by it.
     */
    static Query read(Query q) {
        if (q.named().isEmpty() || q.named().size() > 2) return q;
        String lower = q.text().toLowerCase(Locale.ROOT);
        if (!RELEASE_WORDS.matcher(lower).find()) return q;
        var spans = new ArrayList<int[]>();
        for (Dataset d : q.named()) {
            Optional<int[]> span = writtenAt(lower, d);
            if (span.isEmpty() || d.released().precision() != ReleaseDate.Precision.DAY) return q;
            spans.add(span.get());
        }
        List<Reference> refs = references(lower, q.named(), spans);
        if (refs.isEmpty()) return q;
        LocalDate from = DateRange.MIN;
        LocalDate to = DateRange.MAX;
        var en = new ArrayList<String>();
        var zh = new ArrayList<String>();
        for (Reference r : refs) {
            LocalDate day = r.entry().released().first();
            String name = r.entry().name();
            switch (r.relation()) {
                case BEFORE -> {
                    to = min(to, day.minusDays(1));
                    String within = r.length().map(l -> l.english() + " ").orElse("");
                    en.add(within + "before " + name + " (" + day + ")");
                    zh.add(name + "（" + day + "）之前" + r.length().map(WindowLengths.Length::chinese).orElse(""));
                    if (r.length().isPresent()) from = max(from, r.length().get().before(day));
                }
                case AFTER -> {
                    from = max(from, day.plusDays(1));
                    String within = r.length().map(l -> l.english() + " ").orElse("");
                    en.add(within + "after " + name + " (" + day + ")");
                    zh.add(name + "（" + day + "）之后" + r.length().map(WindowLengths.Length::chinese).orElse(""));
                    if (r.length().isPresent()) to = min(to, r.length().get().after(day));
                }
                case AROUND -> {
                    // "within a month of X": either side of X's day, X itself left out by except
                    WindowLengths.Length l = r.length().orElseThrow();
                    from = max(from, l.before(day));
                    to = min(to, l.after(day));
                    en.add(l.english() + " of " + name + " (" + day + ")");
                    zh.add(name + "（" + day + "）前后" + l.chinese());
                }
                case SAME_DAY -> {
                    from = max(from, day);
                    to = min(to, day);
                    en.add("on " + day + " (the same day as " + name + ")");
                    zh.add(day + "（与" + name + "同一天）");
                }
            }
        }
        if (q.dates().isPresent()) {
            // "in 2024 after MMEarth": the written period and the bound together
            DateRange written = q.dates().get();
            if (!written.parts().isEmpty()) return q;
            from = max(from, written.from());
            to = min(to, written.to());
            en.add(0, written.english());
            zh.add(0, written.chinese());
        }
        Set<String> references = new java.util.HashSet<>();
        refs.forEach(r -> references.add(r.entry().id()));
        var period = new DateRange(from, to, String.join(" and ", en), String.join("、", zh), List.of(), references);
        String rest = q.rest();
        for (Reference r : refs) {
            rest = blankSpan(rest, r.at(), r.end());
            if (r.length().isPresent()) rest = blankSpan(rest, r.length().get().start(), r.length().get().end());
        }
        rest = blankRelationWords(rest);
        Query bounded = q.withReferencePeriod(period, rest);
        // "the next dataset after X", "right before X": the one nearest the bound, not every entry past it
        if (refs.size() == 1 && refs.get(0).length().isEmpty() && q.ranking().isEmpty()
                && (refs.get(0).relation() == Relation.AFTER || refs.get(0).relation() == Relation.BEFORE)) {
            Optional<NeighbourReleases.Nearest> near = NeighbourReleases.nearest(lower, refs.get(0).relation() == Relation.AFTER);
            if (near.isPresent()) {
                bounded = q.withReferencePeriod(period, blankSpan(rest, near.get().start(), near.get().end()))
                        .withRanking(near.get().ranking());
            }
        }
        return bounded;
    }

    private static List<Reference> references(String lower, List<Dataset> named, List<int[]> spans) {
        var refs = new ArrayList<Reference>();
        if (named.size() == 2) {
            int first = spans.get(0)[0] <= spans.get(1)[0] ? 0 : 1;
            int[] a = spans.get(first);
            int[] b = spans.get(1 - first);
            if (a[1] > b[0]) return List.of();
            String gap = lower.substring(a[1], b[0]);
            boolean enBetween = EN_BETWEEN.matcher(lower.substring(0, a[0])).find() && EN_AND.matcher(gap).find();
            boolean zhBetween = ZH_AND.matcher(gap).find() && ZH_BETWEEN_SUFFIX.matcher(lower.substring(b[1])).find();
            if (enBetween || zhBetween) {
                // "between X and Y", "X和Y之间": whichever came out first is the lower bound
                Dataset x = named.get(first);
                Dataset y = named.get(1 - first);
                boolean xFirst = !x.released().first().isAfter(y.released().first());
                refs.add(new Reference(x, a[0], a[1], xFirst ? Relation.AFTER : Relation.BEFORE));
                refs.add(new Reference(y, b[0], b[1], xFirst ? Relation.BEFORE : Relation.AFTER));
                return refs;
            }
        }
        for (int i = 0; i < named.size(); i++) {
            int[] s = spans.get(i);
            Optional<Placement> p = placement(lower.substring(0, s[0]), lower.substring(s[1]), s[1]);
            if (p.isEmpty()) return List.of();
            refs.add(new Reference(named.get(i), s[0], s[1], p.get().relation(), p.get().length()));
        }
        return refs;
    }

    /**
     * The relation around one name and the window length written with it: English before the relation word ("30 days
     * after"), Chinese after 之后/之前 ("之后半年内"). {@code nameEnd} places a Chinese length's span in the question.
     */
    private static Optional<Placement> placement(String before, String after, int nameEnd) {
        Optional<WindowLengths.Length> around = WindowLengths.around(before);
        if (around.isPresent()) {
            // "within a month of X coming out" counts from the release on; "within a month of X" is either side
            Relation r = EN_RELEASE_EVENT.matcher(after).find() ? Relation.AFTER : Relation.AROUND;
            return Optional.of(new Placement(r, around));
        }
        Matcher zhAround = ZH_AROUND_SUFFIX.matcher(after);
        if (zhAround.find()) {
            Optional<WindowLengths.Length> l = WindowLengths.chinese(after.substring(zhAround.end()));
            if (l.isEmpty()) return Optional.empty();
            return Optional.of(new Placement(Relation.AROUND, Optional.of(shifted(l.get(), nameEnd + zhAround.end()))));
        }
        Optional<Relation> r = relation(before, after);
        if (r.isEmpty()) return Optional.empty();
        if (r.get() == Relation.SAME_DAY) return Optional.of(Placement.of(r.get()));
        Matcher en = (r.get() == Relation.BEFORE ? EN_BEFORE : EN_AFTER).matcher(before);
        if (en.find()) {
            Optional<WindowLengths.Length> l = WindowLengths.english(before.substring(0, en.start()));
            // "once X was out, what followed over the next year": the length after the name opens the window
            if (l.isEmpty() && r.get() == Relation.AFTER) l = WindowLengths.following(after).map(x -> shifted(x, nameEnd));
            return Optional.of(new Placement(r.get(), l));
        }
        Matcher zh = (r.get() == Relation.BEFORE ? ZH_BEFORE_SUFFIX : ZH_AFTER_SUFFIX).matcher(after);
        if (zh.find()) {
            Optional<WindowLengths.Length> l = WindowLengths.chinese(after.substring(zh.end()));
            return Optional.of(new Placement(r.get(), l.map(x -> shifted(x, nameEnd + zh.end()))));
        }
        return Optional.of(Placement.of(r.get()));
    }

    private static WindowLengths.Length shifted(WindowLengths.Length l, int by) {
        return new WindowLengths.Length(l.period(), l.strict(), l.start() + by, l.end() + by);
    }

    /** How the words around one name place the asked entries against it, if they do. */
    private static Optional<Relation> relation(String before, String after) {
        if (EN_SAME_DAY.matcher(before).find() || ZH_WITH.matcher(before).find() && ZH_SAME_DAY.matcher(after).find()) {
            return Optional.of(Relation.SAME_DAY);
        }
        if (EN_BEFORE.matcher(before).find() || ZH_BEFORE_PREFIX.matcher(before).find()
                || ZH_THAN.matcher(before).find() && ZH_EARLIER.matcher(after).find()) {
            return Optional.of(Relation.BEFORE);
        }
        if (EN_AFTER.matcher(before).find() || ZH_AFTER_PREFIX.matcher(before).find()
                || ZH_THAN.matcher(before).find() && ZH_LATER.matcher(after).find()) {
            return Optional.of(Relation.AFTER);
        }
        if (ZH_BEFORE_SUFFIX.matcher(after).find()) return Optional.of(Relation.BEFORE);
        if (ZH_AFTER_SUFFIX.matcher(after).find()) return Optional.of(Relation.AFTER);
        return Optional.empty();
    }

    /** The first place the question writes one of the entry's names, the longest name there. */
    private static Optional<int[]> writtenAt(String lower, Dataset d) {
        int[] best = null;
        for (String name : d.allNames()) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.length() < 2) continue;
            int at = TopicMatcher.indexOf(lower, n, 0);
            if (at < 0) continue;
            if (best == null || at < best[0] || at == best[0] && at + n.length() > best[1]) best = new int[] {at, at + n.length()};
        }
        return Optional.ofNullable(best);
    }

    private static String blankSpan(String rest, int at, int end) {
        if (end > rest.length()) return rest;
        return rest.substring(0, at) + " ".repeat(end - at) + rest.substring(end);
    }

    private static String blankRelationWords(String rest) {
        Matcher m = RELATION_WORDS.matcher(rest);
        var sb = new StringBuilder(rest);
        while (m.find()) for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, ' ');
        return sb.toString();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
