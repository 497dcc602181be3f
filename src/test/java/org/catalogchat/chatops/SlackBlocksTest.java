package org.catalogchat.chatops;

import org.catalogchat.render.Mrkdwn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Source;
import org.junit.jupiter.api.Test;

class SlackBlocksTest {
    private final Mrkdwn mrkdwn = new Mrkdwn();
    private final SlackBlocks blocks = new SlackBlocks(mrkdwn);

    @Test
    void convertsMarkdownToMrkdwn() {
        assertEquals("*Infinity-MM* is _big_ `x`", mrkdwn.render("**Infinity-MM** is *big* `x`"));
        assertEquals("See <https://example.org/a?b=1&amp;c=2|the page>", mrkdwn.render("See [the page](https://example.org/a?b=1&c=2)"));
        assertEquals("• one\n• two *b*", mrkdwn.render("- one\n- two **b**"));
        assertEquals("1. first\n2. second", mrkdwn.render("1. first\n2. second"));
        assertEquals("*Sources*\n\n[1] <https://x.org|X> — 2024-10-25",
                mrkdwn.render("## Sources\n\n[1] [X](https://x.org) — 2024-10-25"));
        assertEquals("> quoted", mrkdwn.render("> quoted"));
    }

    @Test
    void marksWordBoundariesInsideChineseTextSoFormattingApplies() {
        assertEquals("由\u200B*智源*\u200B发布", mrkdwn.render("由**智源**发布"));
        assertEquals("by *BAAI*, in `2024`", mrkdwn.render("by **BAAI**, in `2024`"));
    }

    @Test
    void escapesSlackControlCharactersSoNothingCanBeInjected() {
        assertEquals("a &amp; b &lt;!channel&gt; &lt;@U123&gt; 1 &gt; 0", mrkdwn.render("a & b <!channel> <@U123> 1 > 0"));
        assertEquals("&lt;script&gt;x&lt;/script&gt;", mrkdwn.render("<script>x</script>"));
        // a link label cannot close the link early, and a script URL never becomes a link
        assertEquals("<https://x.org/a%7Cb|a &gt; b>", mrkdwn.render("[a > b](https://x.org/a|b)"));
        assertEquals("click", mrkdwn.render("[click](javascript:alert(1))"));
        assertEquals("```\nif (a &lt; b &amp;&amp; c)\n```", mrkdwn.render("```\nif (a < b && c)\n```"));
    }

    @Test
    void splitsLongAnswersIntoSectionsOfAtMost3000Characters() {
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++) sb.append("Paragraph ").append(i).append(" has a [link ").append(i)
                .append("](https://example.org/").append(i).append(") & more text.\n\n");
        // the links are the answer's own sources: only those stay links
        var sources = new java.util.ArrayList<Source>();
        for (int i = 0; i < 400; i++) sources.add(source("d" + i, "D" + i, "https://example.org/" + i));
        Answer a = answer(sb.toString(), sources, List.of());
        List<Map<String, Object>> bs = blocksOf(blocks.message(a));
        bs = bs.stream().filter(b -> "section".equals(b.get("type"))).toList();
        assertTrue(bs.size() > 5 && bs.size() <= SlackBlocks.MAX_BLOCKS);
        var joined = new StringBuilder();
        for (Map<String, Object> b : bs) {
            assertEquals("section", b.get("type"));
            String text = sectionText(b);
            assertTrue(text.length() <= 3000, "section of " + text.length());
            assertEquals(count(text, '<'), count(text, '>'), "a link was cut in half: " + text);
            joined.append(text).append("\n\n");
        }
        assertTrue(joined.toString().contains("Paragraph 399 has a <https://example.org/399|link 399> &amp; more text."));
    }

    @Test
    void hardSplitsOneHugeParagraphWithoutBreakingEntitiesOrLinks() {
        String huge = "x&".repeat(2000) + "[l](https://example.org/" + "p".repeat(50) + ")" + "好".repeat(4000);
        for (String chunk : SlackBlocks.split(mrkdwn.render(huge), 3000)) {
            assertTrue(chunk.length() <= 3000);
            assertFalse(chunk.matches("(?s).*&(a|am)?$"), "entity cut: " + chunk.substring(chunk.length() - 5));
            assertFalse(chunk.startsWith("mp;") || chunk.startsWith("p;") || chunk.startsWith(";"));
            assertEquals(count(chunk, '<'), count(chunk, '>'));
        }
    }

    @Test
    void capsTheMessageAt50BlocksIncludingTheContext() {
        String text = "word ".repeat(590) + "\n\n";
        Answer a = answer(text.repeat(80), List.of(source("a", "A", "https://a.org")), List.of());
        List<Map<String, Object>> bs = blocksOf(blocks.message(a));
        assertEquals(50, bs.size());
        assertEquals("context", bs.get(49).get("type"));
        assertTrue(sectionText(bs.get(48)).endsWith("…"));
    }

    @Test
    void listsSourcesAndLabelledSuggestionsInContextBlocks() {
        Answer a = answer("Answer [1]", List.of(source("medtrinity-25m", "MedTrinity-25M", "https://m.org/x?a=1&b=2"),
                source("pmc-vqa", "PMC<VQA>", "")), List.of(source("laion-5b", "LAION-5B", "https://l.org")));
        List<Map<String, Object>> bs = blocksOf(blocks.message(a));
        assertEquals(List.of("section", "context", "context"), bs.stream().map(b -> b.get("type")).toList());
        String sources = contextText(bs.get(1));
        assertEquals("*Sources:* <https://m.org/x?a=1&amp;b=2|MedTrinity-25M> · PMC&lt;VQA&gt;", sources);
        assertEquals("*Did you mean:* <https://l.org|LAION-5B>", contextText(bs.get(2)));
        Answer zh = new Answer("答案", a.sources(), a.suggestions(), Intent.FACT, Language.ZH, "grounded");
        assertTrue(contextText(blocksOf(blocks.message(zh)).get(2)).startsWith("*你是否在找：*"));
    }

    @Test
    void manySourcesStayWithinTenContextElements() {
        var many = new java.util.ArrayList<Source>();
        for (int i = 0; i < 1000; i++) many.add(source("d" + i, "Dataset number " + i, "https://example.org/dataset/" + i));
        Map<String, Object> ctx = blocksOf(blocks.message(answer("x", many, List.of()))).get(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> elements = (List<Map<String, Object>>) ctx.get("elements");
        assertTrue(elements.size() <= 10);
        for (Map<String, Object> e : elements) assertTrue(((String) e.get("text")).length() <= 3000);
        assertTrue(((String) elements.get(elements.size() - 1).get("text")).contains("… +"));
    }

    static Answer answer(String md, List<Source> sources, List<Source> suggestions) {
        return new Answer(md, sources, suggestions, Intent.FACT, Language.EN, "grounded");
    }

    static Source source(String id, String name, String url) {
        return new Source(id, name, url, "2024-01-01", List.of("BAAI"), 1.0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> blocksOf(Map<String, Object> message) {
        return (List<Map<String, Object>>) message.get("blocks");
    }

    @SuppressWarnings("unchecked")
    static String sectionText(Map<String, Object> block) {
        return (String) ((Map<String, Object>) block.get("text")).get("text");
    }

    @SuppressWarnings("unchecked")
    static String contextText(Map<String, Object> block) {
        return (String) ((List<Map<String, Object>>) block.get("elements")).get(0).get("text");
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
