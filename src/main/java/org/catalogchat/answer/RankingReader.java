package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.blank;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Glossary;

/**
 * How a question ranks: superlatives of a date ("the first released", 最后发布的), of a count ("the most videos",
 * 视频最少的), of a duration (时长最长的), how many of the ranking it asks for ("the three newest") and which place
 * ("the second largest", 第二早的).
 */
final class RankingReader {
    /** The superlative of a length, asked together with a duration cue (时长, how long, duration). */
    private static final Pattern LONGEST = Pattern.compile("最长|最短|\\blongest\\b|\\bshortest\\b");

    private static final Pattern EN_MOST = Pattern.compile("\\b(?:most|largest number of|greatest number of|largest by|biggest by|largest in|biggest in)\\s+([a-z][a-z-]*)");

    /** 哪, 哪个, 哪一个, 哪个的 at the start of a Chinese ranked noun: the entry asked for, not what is ranked. */
    private static final Pattern WHICH_OPENING = Pattern.compile("哪一?[个款项种部套]?的?");

    private static final Pattern ZH_MOST = Pattern.compile("([\\p{IsHan}&&[^的]]{1,4}?)(?:数量)?最多|最多的?([\\p{IsHan}]{1,3})");

    /** "the fewest videos", "视频最少的": a superlative of a count that ranks from the smallest. */
    private static final Pattern EN_FEWEST = Pattern.compile("\\b(?:fewest|smallest number of|lowest number of|(?<!at\\s)least)\\s+([a-z][a-z-]*)");

    private static final Pattern ZH_FEWEST = Pattern.compile("([\\p{IsHan}&&[^的]]{1,4}?)(?:数量)?最少|最少的?([\\p{IsHan}]{1,3})");

    private static final String SMALL_NUMBER = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten";

    private static final String SUPERLATIVE = "most\\s+recent|newest|latest|oldest|earliest|largest|biggest|smallest|longest|shortest";

    /** "the three newest", "top 5 largest", "the newest three": how many of a ranking are asked. */
    private static final Pattern TOP_EN = Pattern.compile("\\b(?:top\\s+)?(" + SMALL_NUMBER + ")\\s+(?:" + SUPERLATIVE + ")\\b"
            + "|\\b(?:" + SUPERLATIVE + ")\\s+(" + SMALL_NUMBER + ")\\b(?!\\s*(?:hours|images|videos|%))|\\btop\\s+(" + SMALL_NUMBER + ")\\b"
            + "|\\b(?:which|what)\\s+(" + SMALL_NUMBER + ")\\s+(?:[a-z-]+\\s+){0,2}(?:datasets|entries|ones)\\b");

    /** "最新的3个", "最早的两个", "前三个", "三个最大的". */
    private static final Pattern TOP_ZH = Pattern.compile("(?:最[新早晚老近大小长短]的?|前)\\s*(\\d{1,2}|[两二三四五六七八九十])\\s*[个项套款部]"
            + "|(\\d{1,2}|[两二三四五六七八九十])\\s*[个项套款部]最[新早晚老近大小长短]");

    /** The most of a ranking one answer lists as its answer. */
    private static final int MAX_TOP = 10;

    /** "the first dataset released in 2021", "the last one to come out", "released last": a date superlative. */
    private static final Pattern FIRST_LAST_EN = Pattern.compile("\\b(first|last)\\s+(?:[a-z-]+\\s+){0,3}?(?:datasets?|ones?|entry|entries)\\s+"
            + "(?:to\\s+(?:be\\s+)?)?(?:released|published|come out|came out|put out|appear|appeared)\\b"
            + "|\\b(?:released|published|came out|put out)\\s+(first|last)\\b"
            // "the first dataset the University of Freiburg released": its publisher between the noun and the verb
            + "|\\b(first|last)\\s+(?:datasets?|ones?|entry)\\s+(?:that\\s+)?(?:[\\w-]+\\s+){1,5}?(?:released|published|put\\s+out)\\b");

    /** "最后发布的", "第一个发布的", and after the verb: "2024年4月之前发布的最后一个", "发布的第一个数据集". */
    private static final Pattern FIRST_LAST_ZH = Pattern.compile("(最后|第一个)(?:一个)?(?:发布|推出|公开)"
            + "|(?:发布|推出|公开)的\\s*(最后|第一)(?:一)?\\s*(?:个|款|项)");

    /** "the second newest", "third-oldest": one place of a ranking is asked, not its first. */
    private static final Pattern PLACE_EN = Pattern.compile("\\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[\\s-]+(?:" + SUPERLATIVE + ")\\b");

    /** "第二新的", "第三早", "规模第二大": the place and the direction of the ranking in one word. */
    private static final Pattern PLACE_ZH = Pattern.compile("第\\s*([二三四五2-5])\\s*([新近晚早老大小长短])");

    /** The word after the one a superlative is read by: "pairs" of "most image-text pairs" ({@link #headUnit}). */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]+)\\b");

    /** Words after "most"/"more" that rank by nothing countable ("most recent", "more popular"). */
    static final Set<String> NOT_RANK_NOUNS = Set.of("recent", "recently", "popular", "data", "datasets", "dataset");

    private final PlanWords words;
    private final Glossary glossary;

    /** The forms of hours, and "of material" after them: what the hours measure, when it names no kind of data. */
    private final Set<String> hourUnits;
    private final Pattern measuredByHours;

    RankingReader(PlanWords words, Glossary glossary) {
        this.words = words;
        this.glossary = glossary;
        this.hourUnits = Set.copyOf(glossary.cues("counted-hours"));
        List<String> measured = glossary.cues("duration-measures").stream().map(Pattern::quote).toList();
        this.measuredByHours = Pattern.compile(measured.isEmpty() ? "(?!)" : "\\bof\\s+(?:" + String.join("|", measured) + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * The noun a Chinese superlative ranks by: the one written before it ("视频最多") or, where none is, after it
     * ("最多的视频"). "哪个参与者最多": the measure word after 哪 counts the entry asked for, it is not part of what is ranked.
     */
    private static String zhRanked(Matcher superlative, String text) {
        String before = superlative.group(1);
        if (before == null || before.isBlank()) return superlative.group(2);
        return withoutWhichMeasure(text, superlative.start(1), afterContainer(text, superlative.start(1), before));
    }

    /** 集里, 集中, 集内, 集当中: "in the datasets", the container the ranking runs over, not part of what it counts. */
    private static final Pattern IN_THE_SET = Pattern.compile("集(?:当中|里|中|内)");

    /**
     * "视觉问答数据集里问题最多的", "皮肤病数据集中图像最少的": the characters read before the superlative may reach back over
     * "集里"/"集中" into the set the question ranks within; what is ranked is only what follows it (问题, 图像).
     * {@code start} is where {@code ranked} begins in {@code text}, so a container begun before it is seen too.
     */
    static String afterContainer(String text, int start, String ranked) {
        int from = Math.max(0, start - 1);
        Matcher in = IN_THE_SET.matcher(text).region(from, start + ranked.length());
        int cut = -1;
        while (in.find()) cut = in.end() - start;
        return cut > 0 && cut < ranked.length() ? ranked.substring(cut) : ranked;
    }

    /**
     * "哪个参与者最多": {@code ranked} without a measure word (个, 位, 名, 种, 款, 项) that follows 哪/几 right before it;
     * "哪个用户最多", where the match opens at 哪 itself: without "哪个" (哪一个, 哪个的), which asks for the entry.
     */
    static String withoutWhichMeasure(String text, int start, String ranked) {
        Matcher which = WHICH_OPENING.matcher(ranked);
        if (which.lookingAt() && which.end() < ranked.length()) return ranked.substring(which.end());
        if (ranked.length() < 2 || "个位名种款项".indexOf(ranked.charAt(0)) < 0) return ranked;
        return start > 0 && "哪几".indexOf(text.charAt(start - 1)) >= 0 ? ranked.substring(1) : ranked;
    }

    /**
     * A ranking read: its direction, the noun it ranks by (its forms, the word as asked and the Chinese superlative
     * phrase it was read from), and the comparative cue kind taken ("comparative-oldest"), each empty when not asked.
     */
    record Ranked(Optional<Query.Ranking> ranking, List<String> noun, String word, String phrase, String comparative) {
    }

    /** The first few of a ranking asked ("the three newest"), the place asked ("第二早的"), and the words left. */
    record Placed(Optional<Query.Ranking> ranking, int top, int place, String rest) {
    }

    /**
     * "the most image-text pairs", "the fewest video hours": the word after "most"/"fewest" may only modify the unit that
     * follows it. When that next word is a unit the catalog counts in (a counted-* row), the ranking is by it, as an
     * English noun phrase's head is its last noun ("video hours" are hours), and the modifier stays a subject of the
     * question (image-text selects the entries).
     */
    private String headUnit(String lower, int end, String first) {
        Matcher next = NEXT_WORD.matcher(lower).region(end, lower.length());
        if (!next.lookingAt()) return first;
        return countedUnit(next.group(1)) ? next.group(1) : first;
    }

    private boolean countedUnit(String word) {
        return glossary.cueRows("counted-").stream().anyMatch(row -> row.stream().anyMatch(word::equalsIgnoreCase));
    }

    /**
     * How the question ranks, if it does. {@code scopeCue}: it narrows the previous answer ("which of those is
     * older?"), so a comparative ranks those entries.
     */
    Ranked read(Question question, Query q, String lower, boolean scopeCue) {
        Optional<Query.Ranking> ranking = q.ranking();
        if (ranking.isEmpty()) {
            // "the first dataset released in 2021", "the last one to come out", "最后发布的": a superlative of the date
            Matcher firstLast = FIRST_LAST_EN.matcher(lower);
            Matcher zhFirstLast = FIRST_LAST_ZH.matcher(q.text());
            String which = firstLast.find() ? firstLast.group(1) != null ? firstLast.group(1)
                    : firstLast.group(2) != null ? firstLast.group(2) : firstLast.group(3)
                    : zhFirstLast.find() ? (zhFirstLast.group(1) != null ? zhFirstLast.group(1) : zhFirstLast.group(2)) : null;
            if (which != null) {
                ranking = Optional.of(which.equals("last") || which.equals("最后") ? Query.Ranking.NEWEST : Query.Ranking.OLDEST);
            }
        }
        // "which of those is older?": a comparative over the previous answer's entries ranks them, however many
        boolean which = lower.contains("which") || q.text().contains("哪");
        String comparative = "";
        // (after a comparison of two, "which of them is newer?" stays that comparison)
        boolean afterComparison = !question.history().isEmpty()
                && question.history().get(question.history().size() - 1).answer().intent() == Intent.COMPARE;
        if (scopeCue && which && !afterComparison && ranking.isEmpty() && q.dates().isEmpty()) {
            ranking = comparative(lower);
            comparative = ranking.map(r -> "comparative-" + r.name().toLowerCase(Locale.ROOT)).orElse("");
        }
        List<String> rankNoun = List.of();
        String ranked = "";
        Matcher most = EN_MOST.matcher(lower);
        Matcher zhMost = ZH_MOST.matcher(q.text());
        String rankPhrase = "";
        Matcher fewest = EN_FEWEST.matcher(lower);
        Matcher zhFewest = ZH_FEWEST.matcher(q.text());
        boolean least = false;
        if (most.find() && !NOT_RANK_NOUNS.contains(most.group(1))) ranked = headUnit(lower, most.end(1), most.group(1));
        else if (fewest.find() && !NOT_RANK_NOUNS.contains(fewest.group(1))) {
            // "the fewest image-text pairs" ranks by pairs as "the most image-text pairs" does
            ranked = headUnit(lower, fewest.end(1), fewest.group(1));
            least = true;
        } else if (zhMost.find()) {
            ranked = zhRanked(zhMost, q.text());
            rankPhrase = zhMost.group();
        } else if (zhFewest.find()) {
            ranked = zhRanked(zhFewest, q.text());
            rankPhrase = zhFewest.group();
            least = true;
        }
        // "the most models": a word too common to select entries by ("model" is a stop word for topics) still names
        // what a superlative ranks by when it translates into a word the catalog writes (模型 in 300万个三维模型)
        if (ranked != null && !ranked.isBlank() && (!glossary.isStopword(ranked) || !words.translations(ranked).isEmpty())) {
            rankNoun = words.forms(ranked);
            if (least) ranking = Optional.of(Query.Ranking.SMALLEST);
            else if (ranking.isEmpty() || ranking.get() == Query.Ranking.LARGEST) ranking = Optional.of(Query.Ranking.LARGEST);
        }

        Matcher longest = LONGEST.matcher(lower);
        if (rankNoun.isEmpty() && words.hasCue(lower, "aspect-duration") && longest.find()) {
            // "时长最长的视频数据集", "which has the longest duration": a superlative of a duration ranks by hours
            rankNoun = words.forms(q.language() == Language.ZH ? "小时" : "hours");
            boolean shortest = longest.group().contains("短") || longest.group().startsWith("short");
            ranking = Optional.of(shortest ? Query.Ranking.SMALLEST : Query.Ranking.LARGEST);
            rankPhrase = longest.group();
        }
        return new Ranked(ranking, rankNoun, ranked, rankPhrase, comparative);
    }

    /**
     * "the three newest", "最新的3个": a superlative asks for the first few of its ranking; "the second newest",
     * "第二早的": the ordinal picks a place of it. Neither number is a subject, so both leave {@code rest}.
     */
    Placed place(Ranked r, Query q, String lower, String rest) {
        Optional<Query.Ranking> ranking = r.ranking();
        int top = 1;
        if (ranking.isPresent()) {
            Matcher n = TOP_EN.matcher(lower);
            Matcher z = TOP_ZH.matcher(q.text());
            if (n.find()) {
                String numeral = firstNonNull(n.group(1), n.group(2), n.group(3), n.group(4));
                top = numberOf(numeral);
                rest = blank(rest, numeral);
            } else if (z.find()) {
                String numeral = firstNonNull(z.group(1), z.group(2));
                top = numberOf(numeral);
                // the numeral with its measure word ("三个"): left, 三 would be a subject and 个数 a word
                Matcher measured = Pattern.compile(Pattern.quote(numeral) + "\\s*[个项套款部]").matcher(z.group());
                rest = blank(rest, measured.find() ? measured.group() : numeral);
            }
        }
        int place = 1;
        Matcher ordinal = PLACE_EN.matcher(lower);
        Matcher zhOrdinal = PLACE_ZH.matcher(q.text());
        if (ranking.isPresent() && ordinal.find()) {
            place = placeOf(ordinal.group(1));
            rest = blank(rest, ordinal.group(1));
        } else if (zhOrdinal.find()) {
            place = placeOf(zhOrdinal.group(1));
            if (ranking.isEmpty() || r.noun().isEmpty()) ranking = Optional.of(rankingOf(zhOrdinal.group(2)));
            rest = blank(rest, zhOrdinal.group());
        }
        return new Placed(ranking, top, place, rest);
    }

    /**
     * {@code rest} without the words of a ranking by a noun: "场景数量最多的" is understood as a whole (最多 left behind
     * would be a subject), and the verb that holds the ranked noun ("收录的三维模型最多", "contains the most images") is no
     * subject either.
     */
    String withoutRankWords(Ranked r, String rest) {
        if (!r.noun().isEmpty() && !r.phrase().isEmpty()) rest = blank(blank(blank(rest, r.phrase()), "最多"), "最少");
        if (!r.noun().isEmpty()) for (String verb : glossary.cues("content-forms")) rest = blank(rest, verb);
        if (r.ranking().isPresent()) {
            // "发布的第一个": the ordinal of a date superlative is no subject ("第" was one)
            Matcher firstLast = FIRST_LAST_ZH.matcher(rest);
            var sb = new StringBuilder(rest);
            while (firstLast.find()) for (int i = firstLast.start(); i < firstLast.end(); i++) sb.setCharAt(i, ' ');
            rest = sb.toString();
        }
        if (r.noun().stream().anyMatch(hourUnits::contains)) {
            // "the most hours of material": what the hours measure, said with no kind of data, is no subject
            rest = measuredByHours.matcher(rest).replaceAll(m -> " ".repeat(m.group().length()));
        }
        return rest;
    }

    /** The place an ordinal names: "second" and 二 are 2. */
    private static int placeOf(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "second", "2nd", "二", "2" -> 2;
            case "third", "3rd", "三", "3" -> 3;
            case "fourth", "4th", "四", "4" -> 4;
            default -> 5;
        };
    }

    /** The ranking a Chinese ordinal's adjective asks for: 第二新 is the second newest, 第二大 the second largest. */
    private static Query.Ranking rankingOf(String adjective) {
        return switch (adjective) {
            case "新", "近", "晚" -> Query.Ranking.NEWEST;
            case "早", "老" -> Query.Ranking.OLDEST;
            case "小", "短" -> Query.Ranking.SMALLEST;
            default -> Query.Ranking.LARGEST;
        };
    }

    private static String firstNonNull(String... xs) {
        for (String x : xs) if (x != null) return x;
        return null;
    }

    /** A small count written in digits, English words or Chinese numerals (2–10 is what a "top N" asks). */
    private static int numberOf(String numeral) {
        String w = numeral.strip().toLowerCase(Locale.ROOT);
        int n = switch (w) {
            case "two", "两", "二" -> 2;
            case "three", "三" -> 3;
            case "four", "四" -> 4;
            case "five", "五" -> 5;
            case "six", "六" -> 6;
            case "seven", "七" -> 7;
            case "eight", "八" -> 8;
            case "nine", "九" -> 9;
            case "ten", "十" -> 10;
            default -> w.matches("\\d{1,2}") ? Integer.parseInt(w) : 1;
        };
        return Math.max(1, Math.min(n, MAX_TOP));
    }

    /** The ranking a comparative cue asks for ("older" ranks oldest first), if the question writes one. */
    private Optional<Query.Ranking> comparative(String lower) {
        for (Query.Ranking r : Query.Ranking.values()) {
            if (words.hasCue(lower, "comparative-" + r.name().toLowerCase(Locale.ROOT))) return Optional.of(r);
        }
        return Optional.empty();
    }
}
