package org.catalogchat.render;

import java.util.Locale;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Source;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Keeps quoted user and catalog text from acting on a chat platform. An answer quotes the question and the
 * catalog; whatever they contain must arrive as text: a link is live only when it points at one of the answer's
 * own catalog entries (any other becomes its label), raw HTML becomes text, and {@code @channel}, {@code @here},
 * {@code @all} or {@code @someone} get a zero-width space after the {@code @} so no platform notifies anybody.
 *
 * <pre>{@code
 * Node doc = parser.parse(answer.markdown());
 * QuotedText.neutralise(doc, Set.of("https://example.org/d/1"), true);
 * }</pre>
 */
public final class QuotedText {
    private static final Pattern MENTION = Pattern.compile("@(?=[\\p{L}\\p{N}_])");
    private static final String ZWSP = "\u200B";

    private QuotedText() {
    }

    /**
     * Rewrites {@code doc} in place.
     *
     * @param allowedLinks  the only link targets that stay links (the answer's sources and suggestions)
     * @param breakMentions true for platforms where {@code @name} notifies (Mattermost, Teams)
     */
    public static void neutralise(Node doc, Set<String> allowedLinks, boolean breakMentions) {
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!allowed(link.getDestination(), allowedLinks)) {
                    visitChildren(link);
                    unwrap(link);
                } else {
                    visitChildren(link);
                }
            }

            @Override
            public void visit(Image image) {
                // Images load from wherever they point: never from quoted text.
                visitChildren(image);
                unwrap(image);
            }

            @Override
            public void visit(HtmlInline html) {
                html.insertBefore(new Text(breakMentions ? mentions(html.getLiteral()) : html.getLiteral()));
                html.unlink();
            }

            @Override
            public void visit(HtmlBlock html) {
                Paragraph p = new Paragraph();
                p.appendChild(new Text(breakMentions ? mentions(html.getLiteral()) : html.getLiteral()));
                html.insertBefore(p);
                html.unlink();
            }

            @Override
            public void visit(Text text) {
                if (breakMentions) text.setLiteral(mentions(text.getLiteral()));
            }
        });
    }

    /** The links an answer may keep live: its own sources' and suggestions' catalog pages. */
    public static Set<String> ownLinks(Answer a) {
        var links = new java.util.HashSet<String>();
        for (Source s : a.sources()) if (httpUrl(s.url()) != null) links.add(s.url().strip());
        for (Source s : a.suggestions()) if (httpUrl(s.url()) != null) links.add(s.url().strip());
        return links;
    }

    /** {@code @channel} → {@code @\u200Bchannel}: reads the same, notifies nobody. */
    public static String mentions(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll("@" + ZWSP);
    }

    /** An http(s) URL, else null: {@code javascript:}, {@code data:} and relative links never leave the server. */
    public static String httpUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || u.length() < 9) return null;
        for (int i = 0; i < u.length(); i++) {
            if (Character.isISOControl(u.charAt(i)) || Character.isWhitespace(u.charAt(i))) return null;
        }
        return u;
    }

    private static boolean allowed(String destination, Set<String> allowedLinks) {
        return destination != null && httpUrl(destination) != null && allowedLinks.contains(destination.strip());
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
