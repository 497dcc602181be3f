package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;

/**
 * The words saying a question's subjects must all hold in one entry: "both X and Y", 既X又Y (既X也Y), 同时有X和Y,
 * 兼有X和Y. Such a question asks for the entries meeting every subject; one meeting only X answers another question
 * (the reading of a plain "X和Y" as two topics apart is not taken, see {@link JoinedTopics#apart}, and an entry
 * writing nothing of one side is no member, see {@link #meetingOneSideOnly}). Within a side the words are read as
 * any topic's are. The markers join subjects and are never subjects themselves (else the bot answers "no dataset
 * about 又" or lists every entry writing 同时).
 */
final class BothMarkers {
    private static final Pattern PAIR = Pattern.compile("既(.+?)([又也])");
    /** 同时 before what an entry has (同时包含, 同时有, 同时提供 …) with a join later in its clause; 同时发布 shares a date. */
    private static final Pattern AT_ONCE = Pattern.compile(
            "同时(?!发布|公开|推出|上线|发表|期)(?=[^，,。；;？?！!]*(?:和|与|及|、|又|也))");
    /** 兼有/兼具 X和Y: "having both". */
    private static final Pattern HAVING_BOTH = Pattern.compile("兼(?:有|具|备)(?=[^，,。；;？?！!]*(?:和|与|及|、))");
    /** "both X and Y": both answered by a later "and". */
    private static final Pattern BOTH_AND = Pattern.compile("\\bboth\\b(?=.*\\band\\b)", Pattern.CASE_INSENSITIVE);
    /** The Chinese markers of having both that stand before the two sides (既…又 marks them around the first). */
    private static final List<Pattern> HAVING = List.of(AT_ONCE, HAVING_BOTH);

    private BothMarkers() {}

    /** {@code text} with each paired 既 and its 又/也, and each 同时 or 兼有 of having, blanked (same length, offsets stay valid). */
    static String blank(String text) {
        var out = new StringBuilder(text);
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            out.setCharAt(m.start(), ' ');
            out.setCharAt(m.start(2), ' ');
        }
        for (Pattern marker : HAVING) {
            Matcher t = marker.matcher(text);
            while (t.find()) for (int i = t.start(); i < t.end(); i++) out.setCharAt(i, ' ');
        }
        return out.toString();
    }

    /** The first Chinese join after 同时/兼有 in its clause: what comes before it is one side, after it the other. */
    private static final Pattern ZH_JOIN = Pattern.compile("以及|和|与|及|、|又|也");
    private static final Pattern AND = Pattern.compile("\\band\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;？?！!]");

    /**
     * The two sides a both-question joins, as it writes them ("both X and Y" → X, Y; 既X又Y → X, Y; 同时有X和Y → 有X, Y);
     * empty when it asks no both.
     */
    static List<String> sides(String text) {
        List<String> zh = chineseSides(text);
        if (!zh.isEmpty()) return List.of(zh.get(0), beforeHead(zh.get(1)));
        Matcher b = BOTH_AND.matcher(text);
        if (b.find()) {
            String rest = text.substring(b.end());
            Matcher a = AND.matcher(rest);
            if (a.find()) return List.of(rest.substring(0, a.start()), clause(rest, a.end()));
        }
        return List.of();
    }

    /** 既X又Y → X, Y to the clause's end; 同时有X和Y → 有X, Y to the clause's end; empty when neither is asked. */
    private static List<String> chineseSides(String text) {
        Matcher m = PAIR.matcher(text);
        if (m.find()) return List.of(m.group(1), clause(text, m.end()));
        for (Pattern marker : HAVING) {
            Matcher t = marker.matcher(text);
            if (!t.find()) continue;
            String rest = clause(text, t.end());
            Matcher j = ZH_JOIN.matcher(rest);
            if (j.find()) return List.of(rest.substring(0, j.start()), rest.substring(j.end()));
        }
        return List.of();
    }

    /**
     * A Chinese second side up to its last 的: 既有白天又有夜间照片的行人检测数据 asks for 行人检测 data having both, so
     * 行人检测 is the head both sides share, not a word of the second side ({@link #lackingTheHead}).
     */
    private static String beforeHead(String side) {
        int de = side.lastIndexOf('的');
        return de > 0 ? side.substring(0, de) : side;
    }

    private static String clause(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text);
        return text.substring(from, end.find(from) ? end.start() : text.length());
    }

    /**
     * The members writing none of one side's own words (the subjects written in that side only: 阴影 in
     * 同时用于检测阴影和去除阴影 belongs to neither): they meet one side of a both-question, not both. A side whose
     * words no entry writes constrains nothing here (the verdict reads unmatched words).
     */
    static List<Dataset> meetingOneSideOnly(String question, Map<Subject, Map<Dataset, Double>> matched, List<Dataset> members) {
        List<String> sides = sides(question.toLowerCase(Locale.ROOT));
        if (sides.size() != 2 || members.isEmpty()) return List.of();
        var out = new ArrayList<Dataset>();
        for (int side = 0; side < 2; side++) {
            String own = sides.get(side);
            String other = sides.get(1 - side);
            var written = new ArrayList<Map<Dataset, Double>>();
            matched.forEach((s, m) -> {
                String t = s.text().toLowerCase(Locale.ROOT);
                if (!t.isBlank() && own.contains(t) && !other.contains(t)) written.add(m);
            });
            if (written.isEmpty()) continue;
            for (Dataset d : members) {
                if (!out.contains(d) && written.stream().noneMatch(m -> m.containsKey(d))) out.add(d);
            }
        }
        return out;
    }

    /**
     * The members not writing the head both sides share, in Chinese order after the second side and its 的 (行人检测 in
     * 既有白天又有夜间照片的行人检测数据): the question asks for that head having both, and an entry writing both sides
     * and not the head (白天 and 夜间 photos of places) is about something else. A head word no entry writes constrains
     * nothing here.
     */
    static List<Dataset> lackingTheHead(String question, Map<Subject, Map<Dataset, Double>> matched, List<Dataset> members) {
        String text = question.toLowerCase(Locale.ROOT);
        String head = headAfterSecondSide(text);
        if (head.isBlank() || members.isEmpty()) return List.of();
        List<String> sides = sides(text);
        var writing = new ArrayList<Map<Dataset, Double>>();
        matched.forEach((s, m) -> {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (!t.isBlank() && head.contains(t) && sides.stream().noneMatch(side -> side.contains(t))) writing.add(m);
        });
        return members.stream().filter(d -> writing.stream().anyMatch(m -> !m.containsKey(d))).toList();
    }

    /** The words after the Chinese second side's last 的 to the end of its clause; empty without them. */
    private static String headAfterSecondSide(String text) {
        List<String> zh = chineseSides(text);
        String second = zh.isEmpty() ? "" : zh.get(1);
        String before = beforeHead(second);
        return before.length() < second.length() ? second.substring(before.length() + 1) : "";
    }

    /** Whether the question says every one of its subjects must hold in one entry. */
    static boolean asked(String text) {
        return PAIR.matcher(text).find() || AT_ONCE.matcher(text).find() || HAVING_BOTH.matcher(text).find()
                || BOTH_AND.matcher(text).find();
    }
}
