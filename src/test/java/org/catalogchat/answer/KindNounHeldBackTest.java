package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kind reading of "resources" is held back where the entries it would list read the topic only in part: the
 * question keeps its earlier answer ("not in the catalog") rather than a list that may miss members worded otherwise.
 */
class KindNounHeldBackTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("StyleBench").released("2021-04-01").publisher("某大学")
                    .description("StyleBench 是细粒度风格转换基准，包含多种风格转换操作。"),
            entry("NeutralCorpus").released("2020-02-01").publisher("某研究院")
                    .description("NeutralCorpus 把带主观偏见的句子改写为中立的说法。"),
            entry("OldStyle").released("2012-12-01").publisher("某大学")
                    .description("OldStyle 是莎士比亚文本到现代文本的平行语料。"));

    @Test
    void aMemberNotWritingEveryWordOfTheTopicIsNotListed() {
        // with the kind reading: [stylebench], which writes 风格 and 转换 but nothing for "text"
        Answer a = bot.ask("Which text style transfer resources were released after 2019?");
        assertEquals(List.of(), ids(a), a.markdown());
    }

    @Test
    void aTopicWordWithNoChineseFormInAChineseCatalogIsReadInPart() {
        // "disambiguation" with English forms only: its one member writes the English words, a sibling writes 词义消歧
        Dataset one = new Dataset("senseeval", "SenseEval", List.of(), LocalDate.of(2017, 4, 1), List.of("某大学"), "",
                "SenseEval 是 Word Sense Disambiguation 的统一英文评测框架。", null, "c.md", 1);
        var evidence = new Evidence(List.of(one), Map.of("senseeval", 1.0), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());
        var english = List.of(new Subject("disambiguation", List.of("disambiguation"), List.of()));
        assertTrue(KindNounAsked.topicReadInPart(english, evidence, true));
        assertFalse(KindNounAsked.topicReadInPart(english, evidence, false));
        var both = List.of(new Subject("editing", List.of("editing", "编辑"), List.of()));
        assertFalse(KindNounAsked.topicReadInPart(both, evidence, true));
    }

    @Test
    void aTopicEveryMemberWritesWholeKeepsTheKindReading() {
        Answer a = bot.ask("Which style transfer resources were released after 2019?");
        assertEquals(List.of("stylebench"), ids(a), a.markdown());
    }
}
