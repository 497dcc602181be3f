package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import org.catalogchat.catalog.TopicMatcher;

/**
 * The head of a Chinese compound noun asked to be counted, for an entry that counts only the head: "飞行序列" asked,
 * "共11条序列" written; "带病变" asked, "其中7张有病变迹象" written; "次扫描" asked (a measure word glued on by the
 * question), "6,970次脑部多线圈扫描" written. A Chinese compound puts its head last, so the last two characters name
 * what is counted and the characters before them only narrow it.
 *
 * <pre>{@code
 * CompoundHead.heads(List.of("飞行序列")); // [序列]
 * }</pre>
 */
final class CompoundHead {
    private CompoundHead() {
    }

    /** The heads of the forms that are Chinese compounds of three characters or more, none equal to a form already asked. */
    static List<String> heads(List<String> nounForms) {
        var out = new ArrayList<String>();
        for (String f : nounForms) {
            if (f.length() < 3 || !TopicMatcher.allHan(f)) continue;
            String head = f.substring(f.length() - 2);
            if (PlanWords.FUNCTION_CHARS.indexOf(head.charAt(0)) >= 0 || PlanWords.FUNCTION_CHARS.indexOf(head.charAt(1)) >= 0) continue;
            // a measure word the question glues before the counted noun ("次扫描") is no part of it
            if (DetailSelector.MEASURE_WORDS.indexOf(head.charAt(0)) >= 0) continue;
            if (!nounForms.contains(head) && !out.contains(head)) out.add(head);
        }
        return out;
    }
}
