package org.catalogchat.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Answer Markdown to Slack mrkdwn: {@code **b**} → {@code *b*}, {@code [t](u)} → {@code <u|t>}, lists as
 * {@code •} / {@code 1.} lines, and {@code &}, {@code <}, {@code >} escaped everywhere so catalog or user text
 * can never inject a mention ({@code <!channel>}) or a link of its own.
 *
 * <pre>{@code
 * new Mrkdwn().render("**Hi** [a](https://x.org) & <b>"); // "*Hi* <https://x.org|a> &amp; &lt;b&gt;"
 * }</pre>
 */
public final class Mrkdwn {
    private final Parser parser = Parser.builder().build();

    public String render(String markdown) {
        return blocks(parser.parse(markdown == null ? "" : markdown), "\n\n").strip();
    }

    /** An answer's mrkdwn: only its own catalog links stay links, so a link quoted from the question is text. */
    public String render(org.catalogchat.answer.Answer answer) {
        org.commonmark.node.Node doc = parser.parse(answer.markdown());
        QuotedText.neutralise(doc, QuotedText.ownLinks(answer), false);
        return blocks(doc, "\n\n").strip();
    }

    /** Slack's three control characters; everything else is shown as is. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String blocks(Node parent, String separator) {
        List<String> parts = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            String s = block(n);
            if (!s.isBlank()) parts.add(s.stripTrailing());
        }
        return String.join(separator, parts);
    }

    private String block(Node n) {
        if (n instanceof Paragraph) return inline(n);
        if (n instanceof Heading) return "*" + inline(n).strip() + "*";
        if (n instanceof ListBlock list) return list(list);
        if (n instanceof BlockQuote) return prefixLines(blocks(n, "\n\n"), "> ", "> ");
        if (n instanceof FencedCodeBlock f) return code(f.getLiteral());
        if (n instanceof IndentedCodeBlock c) return code(c.getLiteral());
        if (n instanceof ThematicBreak) return "──────────";
        if (n instanceof HtmlBlock h) return escape(h.getLiteral());
        return blocks(n, "\n\n");
    }

    private static String code(String literal) {
        String body = literal.endsWith("\n") ? literal : literal + "\n";
        return "```\n" + escape(body) + "```";
    }

    private String list(ListBlock list) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
            String content = blocks(item, list.isTight() ? "\n" : "\n\n");
            items.add(prefixLines(content, marker, " ".repeat(marker.length())));
        }
        return String.join("\n", items);
    }

    private static String prefixLines(String text, String first, String rest) {
        String[] lines = text.split("\n", -1);
        var sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) sb.append('\n');
            sb.append(i == 0 ? first : lines[i].isEmpty() && !rest.startsWith(">") ? "" : rest).append(lines[i]);
        }
        return sb.toString();
    }

    private static String inline(Node parent) {
        return new InlineVisitor().render(parent);
    }

    /** Link targets Slack may make clickable; anything else ({@code javascript:}, relative) stays plain text. */
    public static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))) return null;
        // '|' and '>' would end the link early; spaces and '<' are not valid in a URL anyway
        return u.replace("&", "&amp;").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")
                .replace(" ", "%20");
    }

    private static final class InlineVisitor extends AbstractVisitor {
        private static final char ZWSP = '\u200B';
        private final StringBuilder out = new StringBuilder();
        private boolean boundaryPending;

        String render(Node parent) {
            visitChildren(parent);
            return out.toString();
        }

        @Override
        public void visit(Text text) {
            append(escape(text.getLiteral()));
        }

        @Override
        public void visit(Emphasis emphasis) {
            marked('_', inline(emphasis));
        }

        @Override
        public void visit(StrongEmphasis strong) {
            marked('*', inline(strong));
        }

        @Override
        public void visit(Code code) {
            marked('`', escape(code.getLiteral()));
        }

        /**
         * Slack only sees {@code *x*} as bold at a word boundary, and Chinese has no spaces between words
         * ("由*智源*发布" stays literal); a zero-width space beside the marker makes the boundary.
         */
        private void marked(char marker, String content) {
            if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))) out.append(ZWSP);
            out.append(marker).append(content).append(marker);
            boundaryPending = true;
        }

        private void append(String text) {
            if (boundaryPending && !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0))) out.append(ZWSP);
            boundaryPending = false;
            out.append(text);
        }

        @Override
        public void visit(Link link) {
            appendLink(link.getDestination(), inline(link));
        }

        @Override
        public void visit(Image image) {
            appendLink(image.getDestination(), inline(image));
        }

        private void appendLink(String destination, String label) {
            String url = safeUrl(destination);
            if (url == null) {
                out.append(label);
            } else if (label.isBlank()) {
                out.append('<').append(url).append('>');
            } else {
                out.append('<').append(url).append('|').append(label.replace("\n", " ")).append('>');
            }
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(escape(html.getLiteral()));
        }
    }
}
