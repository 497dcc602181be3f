package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ask --explain}: the trace shows the plan and evidence the answer was made from, per listed entry the form of
 * each subject its text writes, and the verdict; it is the same evidence the answer cites.
 */
class AnswerTraceTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("BirdSong").released("2019-03-01").publisher("东湖大学")
                    .description("BirdSong 是一个鸟类鸣叫录音数据集，包含一千段录音。"),
            entry("CallNotes").released("2021-05-01").publisher("西山研究所")
                    .description("CallNotes 收录了蛙类的鸣叫录音，共五百段。"),
            entry("RoadScenes").released("2020-01-01").publisher("南城公司")
                    .description("RoadScenes 是一个城市道路图像数据集，包含两万张街景照片。"));

    private static AnswerTrace explain(String question) {
        return ((GroundedAnswerer) bot.answerer()).explain(Question.of(question));
    }

    @Test
    void listsTheSubjectsFormsAndWhatEachEntryWrites() {
        String trace = explain("有哪些录音数据集？").render();
        assertShows(trace, "subject: \"录音\"", "verdict: ANSWER", "entries: 2", "birdsong", "callnotes");
        assertTrue(trace.lines().anyMatch(l -> l.contains("birdsong") && l.contains("录音→录音")), trace);
        assertFalse(trace.contains("roadscenes"), trace);
    }

    @Test
    void explainsTheSameEntriesTheAnswerCites() {
        String q = "有哪些录音数据集？";
        List<String> cited = bot.ask(q).sources().stream().map(Source::id).sorted().toList();
        List<String> traced = explain(q).evidence().entries().stream().map(d -> d.id()).sorted().toList();
        assertEquals(cited, traced);
    }

    @Test
    void showsTheSubjectNothingWritesAndTheVerdictAgainstIt() {
        assertShows(explain("有没有蛋白质折叠的数据集？").render(), "verdict: NOT_IN_CATALOG", "unmatched: ", "entries: 0");
    }

    @Test
    void showsTheConditionsOfAFilteredCount() {
        String trace = explain("2021年发布了多少个数据集？").render();
        assertShows(trace, "asks: count", "released: ", "callnotes");
        assertFalse(trace.contains("birdsong"), trace);
    }

    private static void assertShows(String trace, String... parts) {
        for (String part : parts) assertTrue(trace.contains(part), part + " missing from\n" + trace);
    }
}
