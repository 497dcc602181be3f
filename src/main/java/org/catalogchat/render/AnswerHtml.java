package org.catalogchat.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Answer Markdown to safe HTML: raw HTML in catalog or user text is escaped, and link targets other than
 * http(s), mailto and the like are dropped ({@code javascript:} never becomes clickable).
 *
 * <pre>{@code
 * new AnswerHtml().render("**hi** <script>x</script>"); // "<p><strong>hi</strong> &lt;script&gt;x&lt;/script&gt;</p>\n"
 * }</pre>
 */
public final class AnswerHtml {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * Part of an answer still being written (its completed blocks, while it streams): as {@link #render(org.catalogchat.answer.Answer)}
     * but with the links allowed given, since the answer's own sources are not known yet.
     */
    public String renderPartial(String markdown, java.util.Set<String> allowedLinks) {
        org.commonmark.node.Node doc = parser.parse(markdown);
        QuotedText.neutralise(doc, allowedLinks, false);
        return renderer.render(doc);
    }

    /** An answer's HTML: only its own catalog links stay links, so a link quoted from the question is text. */
    public String render(org.catalogchat.answer.Answer answer) {
        org.commonmark.node.Node doc = parser.parse(answer.markdown());
        QuotedText.neutralise(doc, QuotedText.ownLinks(answer), false);
        return renderer.render(doc);
    }
}
