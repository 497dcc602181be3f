package org.catalogchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese measure words grouped by what they count: 名, 位 and 人 count people, 张 and 幅 pictures, 段 and 次 recordings
 * and trials, 集 episodes, 部 whole works. Within a group the words are interchangeable ("7,000位说话人" and "1,251名名人"
 * both count people, so the one asked says nothing about which figure answers); across groups they are not ("6660部
 * 短剧" counts dramas, "80,000集" their episodes).
 *
 * <pre>{@code
 * MeasureGroups.askedIn("一共收了多少集短剧？");          // Optional[集]
 * MeasureGroups.sameGroup("位", "名");                   // true
 * MeasureGroups.forEnglish(List.of("recorded trials")); // [段, 次]
 * }</pre>
 */
final class MeasureGroups {
    /** One group: its measure words, and the English nouns for things only they count (no Chinese noun is written). */
    private record Group(String words, Set<String> english) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("名位人", Set.of()),
            new Group("张幅", Set.of()),
            new Group("段次", Set.of("trial", "trials", "take", "takes", "session", "sessions", "recording", "recordings",
                    "admission", "admissions", "visit", "visits", "interview", "interviews", "stay", "stays", "encounter",
                    "encounters")),
            new Group("集", Set.of("episode", "episodes")),
            new Group("部", Set.of()));

    /** "多少集短剧", "几位名人": the measure word a Chinese count asks with, before its noun. */
    private static final Pattern ASKED = Pattern.compile("(?:多少|(?<!哪)几)\\s*([名位人张幅段次集部])\\s*[\\p{IsHan}]");

    private MeasureGroups() {
    }

    /** The grouped measure word a Chinese question counts with, if any. */
    static Optional<String> askedIn(String question) {
        Matcher m = ASKED.matcher(question);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The measure words of the asked word's group (itself among them). */
    static String groupOf(String word) {
        return GROUPS.stream().map(Group::words).filter(w -> w.contains(word)).findFirst().orElse(word);
    }

    /** Whether two measure words count the same kind of thing. */
    static boolean sameGroup(String a, String b) {
        return groupOf(a).contains(b);
    }

    /**
     * The measure words that count an English noun asked ("recorded trials": 段, 次), from its last word; empty for a
     * noun no group lists.
     */
    static String forEnglish(List<String> nounForms) {
        for (String f : nounForms) {
            String[] w = f.toLowerCase(Locale.ROOT).split(" ");
            String last = w[w.length - 1];
            for (Group g : GROUPS) if (g.english().contains(last)) return g.words();
        }
        return "";
    }
}
