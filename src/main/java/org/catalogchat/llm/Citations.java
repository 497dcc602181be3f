package org.catalogchat.llm;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.answer.Language;
import org.catalogchat.catalog.Dataset;

/** Citation markers and the sources footer of an LLM answer, in the grounded answers' format. */
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

    /** "Sources" and one line per cited entry: [n] linked name — release date. */
    static String footer(List<Dataset> cited, Language lang) {
        var sb = new StringBuilder("\n\n").append(lang == Language.ZH ? "**来源**" : "**Sources**").append('\n');
        for (int i = 0; i < cited.size(); i++) {
            Dataset d = cited.get(i);
            String link = d.url().isBlank() ? "**" + d.name() + "**" : "[" + d.name() + "](" + d.url() + ")";
            sb.append("\n[").append(i + 1).append("] ").append(link).append(" — ").append(d.released());
        }
        return sb.toString();
    }

    /** An answer without its sources footer (for the history shown to the follow-up rewrite). */
    static String withoutFooter(String markdown) {
        Matcher m = FOOTER.matcher(markdown);
        return (m.find() ? markdown.substring(0, m.start()) : markdown).strip();
    }
}
