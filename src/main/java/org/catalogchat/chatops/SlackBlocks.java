package org.catalogchat.chatops;

import org.catalogchat.render.Mrkdwn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Source;

/**
 * An answer as a Slack message: Block Kit section blocks holding the mrkdwn text (split so that no section
 * exceeds Slack's 3000 characters and the message stays within 50 blocks), then context blocks listing the
 * sources and, labelled apart, the suggestions.
 *
 * <pre>{@code
 * Map<String, Object> msg = new SlackBlocks(new Mrkdwn()).message(answer); // {"text": …, "blocks": […]}
 * }</pre>
 */
public final class SlackBlocks {
    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    static final int MAX_FALLBACK_CHARS = 3000;

    private final Mrkdwn mrkdwn;

    public SlackBlocks(Mrkdwn mrkdwn) {
        this.mrkdwn = mrkdwn;
    }

    /** {@code {"text": fallback, "blocks": [...]}}; callers add channel, thread or response type. */
    public Map<String, Object> message(Answer answer) {
        boolean zh = answer.language() == Language.ZH;
        var contexts = new ArrayList<Map<String, Object>>();
        if (!answer.sources().isEmpty()) contexts.add(context(zh ? "*来源：*" : "*Sources:*", answer.sources()));
        if (!answer.suggestions().isEmpty()) {
            contexts.add(context(zh ? "*你是否在找：*" : "*Did you mean:*", answer.suggestions()));
        }
        return message(mrkdwn.render(answer), contexts);
    }

    /** A plain mrkdwn message (help text, errors). */
    public Map<String, Object> text(String markdown) {
        return message(mrkdwn.render(markdown), List.of());
    }

    private static Map<String, Object> message(String text, List<Map<String, Object>> contexts) {
        List<String> chunks = split(text, MAX_SECTION_CHARS);
        int room = MAX_BLOCKS - contexts.size();
        if (chunks.size() > room) {
            chunks = new ArrayList<>(chunks.subList(0, room));
            String last = chunks.get(room - 1);
            String mark = "\n…";
            if (last.length() + mark.length() > MAX_SECTION_CHARS) last = cut(last, MAX_SECTION_CHARS - mark.length());
            chunks.set(room - 1, last + mark);
        }
        var blocks = new ArrayList<Map<String, Object>>();
        for (String chunk : chunks) {
            blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", chunk)));
        }
        blocks.addAll(contexts);
        var m = new LinkedHashMap<String, Object>();
        m.put("text", text.length() <= MAX_FALLBACK_CHARS ? text : cut(text, MAX_FALLBACK_CHARS - 1) + "…");
        m.put("blocks", blocks);
        return m;
    }

    private static Map<String, Object> context(String label, List<Source> sources) {
        var links = new ArrayList<String>();
        for (Source s : sources) {
            String url = Mrkdwn.safeUrl(s.url());
            String name = Mrkdwn.escape(s.name());
            links.add(url == null ? name : "<" + url + "|" + name + ">");
        }
        var elements = new ArrayList<Map<String, Object>>();
        var current = new StringBuilder(label);
        int used = 0;
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            String sep = current.length() == 0 ? "" : current.toString().equals(label) ? " " : " · ";
            // 20 characters stay free for the " … +N" that may close the last element
            if (current.length() + sep.length() + link.length() > MAX_SECTION_CHARS - 20) {
                if (elements.size() == MAX_CONTEXT_ELEMENTS - 1) {
                    current.append(" … +").append(links.size() - used);
                    break;
                }
                elements.add(Map.of("type", "mrkdwn", "text", current.toString()));
                current = new StringBuilder();
                sep = "";
            }
            current.append(sep).append(link);
            used = i + 1;
        }
        elements.add(Map.of("type", "mrkdwn", "text", current.toString()));
        return Map.of("type", "context", "elements", elements);
    }

    /**
     * Splits at paragraph breaks, else line breaks, else hard; never inside a {@code <link|label>}, an
     * {@code &amp;} entity or a surrogate pair, so every piece is valid mrkdwn on its own.
     */
    static List<String> split(String text, int max) {
        var out = new ArrayList<String>();
        String rest = text.strip();
        if (rest.isEmpty()) return List.of(" ");
        while (rest.length() > max) {
            int at = rest.lastIndexOf("\n\n", max);
            if (at <= 0) at = rest.lastIndexOf('\n', max);
            if (at <= 0) at = safeCut(rest, max);
            out.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        if (!rest.isEmpty()) out.add(rest);
        out.removeIf(String::isEmpty);
        return out;
    }

    private static String cut(String text, int max) {
        return text.substring(0, safeCut(text, max));
    }

    private static int safeCut(String s, int max) {
        int cut = Math.min(max, s.length());
        if (cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        int amp = s.lastIndexOf('&', cut - 1);
        if (amp >= 0 && cut - amp < 6 && (s.indexOf(';', amp) < 0 || s.indexOf(';', amp) >= cut)) cut = amp;
        int open = s.lastIndexOf('<', cut - 1);
        if (open > 0 && s.lastIndexOf('>', cut - 1) < open) cut = open;
        return Math.max(cut, 1);
    }
}
