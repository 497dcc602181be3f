package org.catalogchat.render;

import java.util.Set;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Source;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * An answer as Markdown for chat platforms that render Markdown and notify on {@code @mentions} (Mattermost,
 * Teams): the suggestions appended under a label (these platforms have no separate place for them), and all
 * quoted text neutralised by {@link QuotedText}.
 *
 * <pre>{@code
 * String md = new ChatMarkdown().answer(answer);
 * }</pre>
 */
public final class ChatMarkdown {
    private final Parser parser = Parser.builder().build();
    private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

    public String answer(Answer a) {
        var sb = new StringBuilder(a.markdown());
        if (!a.suggestions().isEmpty()) {
            sb.append("\n\n").append(a.language() == Language.ZH ? "**你是否在找：**" : "**Did you mean:**");
            for (Source s : a.suggestions()) {
                String url = QuotedText.httpUrl(s.url());
                sb.append("\n- ").append(url == null ? s.name() : "[" + s.name() + "](" + url + ")");
            }
        }
        return text(sb.toString(), QuotedText.ownLinks(a));
    }

    /** Text of our own (help, notices), with no links kept. */
    public String text(String markdown) {
        return text(markdown, Set.of());
    }

    private String text(String markdown, Set<String> links) {
        Node doc = parser.parse(markdown);
        QuotedText.neutralise(doc, links, true);
        return renderer.render(doc).strip();
    }
}
