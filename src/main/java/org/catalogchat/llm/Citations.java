package org.catalogchat.llm;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers of an LLM answer, renumbered to the grounded answers' footer ({@link org.catalogchat.answer.SourcesFooter}). */
final class Citations {
    private static final Pattern MARKER = Pattern.compile("\\[\\^?(\\d+(?:\\s*[,，、]\\s*\\^?\\d+)*)]");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern FOOTER = Pattern.compile("\\n\\s*\\*\\*(Sources|来源)\\*\\*\\s*\\n");

    private Citations() {
    }

    /** The text with entry numbers renumbered to their place in {@code cited} ([3] first cited becomes [1]). */
    static String renumber(String text, List<Integer> cited) {
        Matcher m = MARKER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            var numbers = new StringBuilder();
            while (n.find()) {
                int at = n.group().length() > 6 ? -1 : cited.indexOf(Integer.parseInt(n.group()));
                n.appendReplacement(numbers, at < 0 ? n.group() : String.valueOf(at + 1));
            }
            n.appendTail(numbers);
            m.appendReplacement(out, Matcher.quoteReplacement("[" + numbers.toString().replace("^", "") + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }


    /** An answer without its sources footer (for the history shown to the follow-up rewrite). */
    static String withoutFooter(String markdown) {
        Matcher m = FOOTER.matcher(markdown);
        return (m.find() ? markdown.substring(0, m.start()) : markdown).strip();
    }
}
