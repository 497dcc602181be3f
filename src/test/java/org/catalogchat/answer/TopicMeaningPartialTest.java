package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.core.TestEngines;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beside an entry that writes every word of a topic, an entry that writes only some of them is a member when it says
 * the rest in its own words: its meaning (description glossed into English, MiniLM) is near the whole topic and nearer
 * it than the words it writes. An entry writing the same word about something else stays out.
 */
class TopicMeaningPartialTest {
    @TempDir
    static Path dir;
    private static Answerer answerer;

    @BeforeAll
    static void load() {
        answerer = FixtureCatalog.of(
                entry("ChemBase").released("2004-09-01").publisher("某研究中心")
                        .description("ChemBase 是开放的化学数据库，收录上亿种化合物的结构、性质和生物活性。"),
                entry("Molecules").released("2005-01-01").publisher("某大学")
                        .description("Molecules 是可购买化合物的数据库，收录七十万个分子的三维结构，用于分子对接和虚拟筛选。"),
                entry("Verdicts").released("2013-07-01").publisher("某法院")
                        .description("Verdicts 是法院判决书数据库，公开了一亿篇裁判文书。"),
                entry("Birdsong").released("2010-01-01").publisher("某鸟类基金会")
                        .description("Birdsong 收集了世界各地鸟类鸣声的录音，覆盖一万个鸟种。"),
                entry("Kicker").released("2018-06-01").publisher("某科技大学")
                        .description("Kicker 包含500场完整足球比赛视频，标注了进球和换人事件。"))
                .engine(dir, TestEngines.model()).answerer();
    }

    @Test
    void anEntrySayingTheTopicInOtherWordsStandsBesideTheEntryWritingItsWords() {
        // Molecules never writes 化学, but its compounds and molecules are chemistry; Verdicts writes 数据库 only
        Answer a = answerer.answer(Question.of("chemistry databases"));
        assertEquals(List.of("chembase", "molecules"), ids(a).stream().sorted().toList(), a.markdown());
    }
}
