package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.GENERIC_COUNTED;
import static org.catalogchat.answer.PlanWords.NEXT_WORD;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question counts: datasets ("how many datasets …", 几个数据集), or a noun of one entry ("how many spectral
 * bands", 多少道题), or the noun two named entries are compared by ("which has more speakers").
 */
final class CountReader {
    static final Pattern EN_HOW_MANY = Pattern.compile("\\bhow many ([a-z][a-z-]*)");

    private static final Pattern ZH_HOW_MANY = Pattern.compile(
            "(?:多少|(?<!哪)几)\\s*([个张条对部集篇道名位段种项组幅片行句]?)\\s*([\\p{IsHan}]{0,4}?)(?=[？?。，,的]|数据|$|呢|吗|\\s)");

    /**
     * "有多少语言未知的样本？": a clause of three characters or more between 多少 and 的, with a short noun ending the
     * question after it, says which of that noun's figures is asked; the noun is what is counted. A unit before 的
     * ("多少小时的比赛视频") and a measure word ("多少个不同的物体实例") are read as before.
     */
    private static final Pattern ZH_HOW_MANY_OF = Pattern.compile(
            "(?:多少|(?<!哪)几)\\s*(?![个张条对部集篇道名位段种项组幅片行句])[\\p{IsHan}A-Za-z]{3,8}?的\\s*([\\p{IsHan}]{1,4})\\s*(?=[？?。]|呢|吗|$)");

    /** "more speakers", "人更多": the noun a comparison of two named entries counts. */
    private static final Pattern EN_MORE = Pattern.compile("\\b(?:more|fewer)\\s+([a-z][a-z-]*)");

    private static final Pattern ZH_MORE = Pattern.compile("([\\p{IsHan}&&[^的个哪谁是更]]{1,3}?)(?:数量|数)?更(?:多|少)");

    private static final Pattern COUNTS_DATASETS = Pattern.compile("\\bhow many (?:[a-z-]+ ){0,3}(?:datasets|entries)\\b"
            + "|\\bnumber of (?:[a-z-]+ ){0,3}datasets\\b|(?:几|多少)个?[^，,。？?]{0,8}数据集|数据集(?:一共|总共|共)?有?(?:几|多少)个");

    /**
     * "how many different hand gestures", "more distinct speakers": a word saying the things counted differ from
     * each other is no part of what is counted (else "different hand" is counted, and no entry writes it).
     */
    static final Set<String> VARIETY = Set.of("different", "distinct", "unique", "various", "separate", "individual");

    /** "more kinds of gestures": the noun after "of" is counted, by the kinds of it where no figure counts it whole. */
    private static final Pattern KINDS_OF = Pattern.compile("\\s+of\\s+([a-z][a-z-]*)");
    private static final Set<String> KIND_NOUNS = Set.of("kinds", "types", "sorts");
    /** "modulation types", "gesture classes": a noun for kinds written after the thing it sorts. */
    private static final Set<String> KINDS_AFTER = Set.of("kinds", "types", "sorts", "classes", "categories", "kind", "type", "class",
            "category");
    /** "失真类型", "手势种类": a Chinese noun for the kinds of a thing, the thing before it. */
    private static final Pattern ZH_KINDS_OF = Pattern.compile("([\\p{IsHan}]{2,})(?:类型|种类|类别)");

    private final PlanWords words;
    private final DetailSelector details;

    CountReader(PlanWords words, DetailSelector details) {
        this.words = words;
        this.details = details;
    }

    /** The noun counted and where the question writes it; none (empty, -1) when datasets are counted. */
    record Counted(String noun, int at, int end) {
        static final Counted NONE = new Counted("", -1, -1);

        boolean isEmpty() {
            return noun.isEmpty();
        }
    }

    /**
     * What the question counts, if not datasets. {@code aboutPrevious}: the question asks about the previous answer's
     * entries ("它的数据来自多少个在线资源": a pronoun after an answer about entries asks about them, not about datasets).
     */
    Counted read(Query q, String lower, boolean aboutPrevious) {
        Counted counted = howMany(q, lower, aboutPrevious);
        if (counted.isEmpty() && q.named().size() >= 2 && (lower.contains("which") || q.text().contains("哪"))) {
            counted = comparedBy(q, lower);
        }
        return counted;
    }

    private Counted howMany(Query q, String lower, boolean aboutPrevious) {
        Matcher en = EN_HOW_MANY.matcher(lower);
        Matcher zh = ZH_HOW_MANY.matcher(q.text());
        Matcher zhOf = ZH_HOW_MANY_OF.matcher(q.text());
        if (q.count() && !aboutPrevious) {
            // "how many remote sensing datasets": the datasets are counted; the words are the subject
            return Counted.NONE;
        } else if (en.find() && !GENERIC_COUNTED.contains(en.group(1))
                && (!words.isStop(en.group(1)) || KIND_NOUNS.contains(en.group(1)))) {
            // ("how many of those …" counts the entries: "of" is no noun)
            String counted = en.group(1);
            int end = en.end(1);
            Optional<NounsAfter> differing = differingOrKinds(lower, counted, end);
            if (differing.isPresent()) {
                // "how many kinds of gestures": the gestures, which an entry counts by its kinds ("11种手势"), or
                // the kinds themselves where an entry named counts no gesture ("分为27类")
                List<String> nouns = differing.get().nouns();
                counted = firstCounted(q, nouns).orElse(nouns.get(0));
                end = differing.get().end();
            }
            // "how many spectral bands": a modifier and its noun are counted together
            Matcher next = NEXT_WORD.matcher(lower).region(end, lower.length());
            if (next.lookingAt() && !words.isStop(next.group(1)) && !GENERIC_COUNTED.contains(next.group(1))) {
                counted = counted + " " + next.group(1);
                end = next.end(1);
            }
            return new Counted(counted, en.start(1), end);
        } else if (zhOf.find() && !GENERIC_COUNTED.contains(zhOf.group(1))) {
            return new Counted(zhOf.group(1), zhOf.start(1), zhOf.end(1));
        } else if (zh.find()) {
            boolean useNoun = !zh.group(2).isBlank() && !GENERIC_COUNTED.contains(zh.group(2));
            String noun = useNoun ? zh.group(2) : zh.group(1);
            Matcher kinds = ZH_KINDS_OF.matcher(noun);
            if (useNoun && kinds.matches() && !GENERIC_COUNTED.contains(kinds.group(1))) {
                // "多少种失真类型": the kinds of distortion, counted by the distortions ("24种失真"), by the compound, or by
                // the kinds alone ("分为27类") where an entry named counts neither
                noun = firstCounted(q, List.of(kinds.group(1), noun, "类", "种")).orElse(noun);
            }
            if (!noun.isBlank() && !noun.equals("个") && !GENERIC_COUNTED.contains(noun)) {
                // the measure word goes with its noun ("多少道题"): left behind, 道 would be a subject of its own
                return new Counted(noun, zh.group(1).isBlank() ? zh.start(2) : zh.start(1), useNoun ? zh.end(2) : zh.end(1));
            }
        }
        return Counted.NONE;
    }

    /**
     * "UK Biobank 和 CHARLS 哪个调查的人更多？", "which has more speakers, A or B?": the noun compared is counted, where
     * every entry named writes a figure of it (else the comparison of sizes stands).
     */
    private Counted comparedBy(Query q, String lower) {
        Matcher more = EN_MORE.matcher(lower);
        Matcher zhMore = ZH_MORE.matcher(q.text());
        boolean english = more.find() && !RankingReader.NOT_RANK_NOUNS.contains(more.group(1))
                && (!words.isStop(more.group(1)) || KIND_NOUNS.contains(more.group(1)) || endsThePhrase(lower, more.end(1)));
        if (english || zhMore.find()) {
            Matcher m = english ? more : zhMore;
            Optional<String> noun = firstCounted(q, comparedNouns(lower, m, english));
            if (noun.isPresent()) {
                // "more animal species" counted by species: both words are what is compared, neither a subject
                int end = m.end(1);
                Matcher next = NEXT_WORD.matcher(lower).region(end, lower.length());
                if (english && !noun.get().equals(m.group(1)) && next.lookingAt() && noun.get().endsWith(next.group(1))) {
                    end = next.end(1);
                }
                return new Counted(noun.get(), m.start(1), end);
            }
        }
        return Counted.NONE;
    }

    /**
     * "Which has more features, HIGGS or HiggsML?": a word the stop list holds as a verb (features, covers) is the
     * noun compared where the phrase ends with it, before a comma or the question mark.
     */
    private static boolean endsThePhrase(String lower, int end) {
        return end >= lower.length() || lower.charAt(end) == ',' || lower.charAt(end) == '?' || lower.charAt(end) == '，';
    }

    /** The first of the nouns that every entry named writes a figure of (none when no entry is named). */
    private Optional<String> firstCounted(Query q, List<String> nouns) {
        if (q.named().isEmpty()) return Optional.empty();
        for (String noun : nouns) {
            List<String> nounForms = words.forms(noun);
            if (!nounForms.isEmpty() && q.named().stream().allMatch(d -> !details.figures(d, nounForms).isEmpty())) {
                return Optional.of(noun);
            }
        }
        return Optional.empty();
    }

    /**
     * The nouns a comparison may count, first to last: the word after "more", or the one after it where that word says
     * only that the things differ ("more different gestures"), or for "more kinds of gestures" the gestures and then
     * the kinds (an entry writes "分为27类" as often as "83类手势"), each asked of every entry named in turn.
     */
    private List<String> comparedNouns(String lower, Matcher more, boolean english) {
        String noun = more.group(1);
        if (!english) return List.of(noun);
        return differingOrKinds(lower, noun, more.end(1)).map(NounsAfter::nouns).orElse(modifiedNouns(lower, noun, more.end(1)));
    }

    /**
     * "more animal species": a modifier and its noun, then the noun alone (an English compound's head is its last word;
     * "54个物种" counts species where only the other entry writes "动物物种"), then the first word alone ("more motion
     * clips" where both entries count 段动作). A single word stays as it is.
     */
    private List<String> modifiedNouns(String lower, String word, int end) {
        Matcher next = NEXT_WORD.matcher(lower).region(end, lower.length());
        if (!next.lookingAt() || GENERIC_COUNTED.contains(next.group(1))) return List.of(word);
        // "more modulation types", "more gesture classes": the kinds of the thing before, counted as "kinds of" is
        if (KINDS_AFTER.contains(next.group(1))) return List.of(word, "类", "种");
        if (words.isStop(next.group(1))) return List.of(word);
        return List.of(word + " " + next.group(1), next.group(1), word);
    }

    /** The nouns a count may be of, first to last, and where the words naming them end. */
    private record NounsAfter(List<String> nouns, int end) {
    }

    /**
     * What is counted where the word ending at {@code end} only says the things differ ("different gestures": the
     * gestures) or names their kinds ("kinds of gestures": the gestures, then the kinds, which an entry writes by the
     * measure words for kinds: "分为27类", "3种光照条件"); empty for any other word.
     */
    private Optional<NounsAfter> differingOrKinds(String lower, String word, int end) {
        Matcher after = NEXT_WORD.matcher(lower).region(end, lower.length());
        if (VARIETY.contains(word) && after.lookingAt() && !words.isStop(after.group(1))) {
            return Optional.of(new NounsAfter(List.of(after.group(1)), after.end(1)));
        }
        Matcher of = KINDS_OF.matcher(lower).region(end, lower.length());
        if (KIND_NOUNS.contains(word) && of.lookingAt() && !words.isStop(of.group(1))) {
            return Optional.of(new NounsAfter(List.of(of.group(1), "类", "种"), of.end(1)));
        }
        return Optional.empty();
    }

    /**
     * Whether what the question counts is datasets themselves ("how many datasets involve X", "有几个数据集",
     * "数据集有几个"), not a figure of one ("样本数量是多少").
     */
    static boolean countsDatasets(String text) {
        return COUNTS_DATASETS.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "how many countries take part?", "有多少个国家参与？": a count of something other than datasets, with no word
     * for datasets in the question; after an answer about one entry, it asks that entry's figure.
     */
    boolean countsSomethingElse(String text, String lower) {
        if (lower.contains("dataset") || text.contains("数据集") || lower.contains("entries")) return false;
        Matcher en = EN_HOW_MANY.matcher(lower);
        if (en.find()) return !GENERIC_COUNTED.contains(en.group(1)) && !words.isStop(en.group(1));
        Matcher zh = ZH_HOW_MANY.matcher(text);
        return zh.find() && !zh.group(2).isBlank() && !GENERIC_COUNTED.contains(zh.group(2)) && !words.isStop(zh.group(2));
    }
}
