package org.catalogchat.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Whether a question asks a value ("总时长多少？", "每类多少张？", "what's the resolution?", "how dense is …", "what
 * sample rate?") rather than for datasets, and whether such a question with no name asks it of the one entry just
 * answered about.
 *
 * <pre>{@code
 * ValueAsked.asked("每类多少张？", "每类多少张？");            // true
 * ValueAsked.ofEntry(it, subjects);                          // it writes every word asked
 * }</pre>
 */
final class ValueAsked {
    /**
     * A question that ends asking a value: "总时长多少？", "分辨率是多少", "每类多少张", "用的是什么？", "是在哪里录制的？"
     * (a measure word may follow 多少 / 几: it says what is counted, not that datasets are).
     */
    private static final Pattern ZH = Pattern.compile("(?:(?:多少|几)[个张条对部集篇道名位段种项组幅片行句次]?|多大|多长|多久|多高|多宽"
            + "|多远|是什么|是哪些?|(?:在|是)(?:哪里|哪儿)\\S{0,4}|什么时候\\S{0,4})\\s*[？?。!！]?$");

    /**
     * An English question that opens asking a value: "what's the resolution?", "how long are the clips?", "how dense is
     * the matrix?" (how + any adjective + a form of be or do; not how many / much, which count), "where was the data
     * recorded?", "when were the videos collected?", or is a bare "what X?" ("what sample rate?").
     */
    private static final Pattern EN = Pattern.compile("^(?:so |and )?(?:what(?:'s| is| are| was| were)\\b"
            + "|how (?!many\\b|much\\b)[a-z]+ (?:is|are|was|were|do|does|did)\\b|(?:where|when)(?:'s| is| are| was| were| did| do| does)\\b"
            + "|what(?: [a-z]+){1,2}\\s*\\?*$)");

    private ValueAsked() {
    }

    /** Whether the question (and its lower-case form) asks a value. */
    static boolean asked(String text, String lower) {
        return ZH.matcher(text.strip()).find() || EN.matcher(lower.strip()).find();
    }

    /**
     * Whether the entry's description or names write a form of every subject asked. A word of a Chinese catalog that
     * translated to nothing ("fully" in "how dense is the fully observed matrix?") only qualifies the others: it may be
     * unwritten where more of the subjects are written than such words left over.
     */
    static boolean ofEntry(Dataset it, List<Subject> subjects) {
        String text = it.description() + "\n" + String.join("\n", it.allNames());
        long written = 0;
        long untranslated = 0;
        for (Subject s : subjects) {
            if (s.forms().stream().anyMatch(f -> TopicMatcher.contains(text, f))) written++;
            else if (TopicMatcher.hasHan(text) && s.forms().stream().noneMatch(TopicMatcher::hasHan)) untranslated++;
            else return false;
        }
        return written > untranslated;
    }
}
