package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Publishers asked in English that the catalog writes in Chinese, read whole: an acronym the catalog writes only as the
 * first word of an entry named after its maker (INRIA Person by 法国国家信息与自动化研究所), a name whose kind word the
 * dictionary glosses otherwise (Tokyo Institute of Technology, 东京工业大学 "technical university"), and an acronym
 * with the name of its part after it (USDA Forest Service).
 */
class PublisherNamesAskedTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("INRIA Person").released("2005-06-01").publisher("法国国家信息与自动化研究所")
                    .description("INRIA Person 是行人检测数据集，含614张正样本图片。"),
            entry("Harbour 250k").released("2013-06-01").publisher("东京工业大学", "法国国家信息与自动化研究所")
                    .description("Harbour 250k 是街景地点识别数据集。"),
            entry("Other Walk").released("2015-06-01").publisher("某大学")
                    .description("Other Walk 是行人轨迹数据集。"),
            entry("Tokyo Lights").released("2015-06-01").publisher("东京工业大学", "捷克理工大学")
                    .description("Tokyo Lights 是昼夜地点识别数据集。"),
            entry("Todai Roads").released("2020-01-01").publisher("东京大学")
                    .description("Todai Roads 是道路病害检测数据集。"),
            entry("FireLog").released("2014-01-01").publisher("美国农业部林务局")
                    .description("FireLog 是美国野火发生记录数据库。"),
            entry("BurnMap").released("2007-06-01").publisher("美国地质调查局", "美国农业部林务局")
                    .description("BurnMap 是火烧严重程度监测数据。"),
            entry("Quill - 手写笔迹数据集").released("2024-03-08").publisher("某理工大学")
                    .description("Quill 是手写笔迹数据集。"),
            entry("Inkwell - 墨迹数据集").released("2024-05-01").publisher("某研究院")
                    .description("Inkwell 是墨迹扫描数据集。"));

    @Test
    void anAcronymInAPublishersSlotIsTheMakerOfTheEntryNamedWithIt() {
        // was the size of INRIA Person: the entry read from the acronym, asked for a detail
        Answer a = bot.ask("How many datasets did Inria take part in?");
        assertEquals(Set.of("inria-person", "harbour-250k"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void theEntryAskedByItsNameIsStillTheEntry() {
        Answer a = bot.ask("Who published INRIA Person?");
        assertEquals(List.of("inria-person"), ids(a), a.markdown());
    }

    @Test
    void aNameWhoseKindWordTheDictionaryGlossesOtherwiseIsThatPublisher() {
        // was Tokyo Lights alone, read from "Tokyo" as its name, with "Institute of Technology" a subject
        Answer a = bot.ask("Which datasets did the Tokyo Institute of Technology release?");
        assertEquals(Set.of("tokyo-lights", "harbour-250k"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void theWordsAfterAnAcronymReadAsAPublisherAreItsName() {
        // was 0: "Forest" and "Service" two subjects neither entry writes
        Answer a = bot.ask("How many datasets did the USDA Forest Service publish?");
        assertEquals(Set.of("firelog", "burnmap"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void anEntryCalledByOneWordIsTheEntryInAPublishersSlot() {
        // was the entries of 某研究院 and 某理工大学: each one-word name read as its own maker
        Answer a = bot.ask("Inkwell和Quill分别是谁发布的？");
        assertEquals(Set.of("inkwell", "quill"), Set.copyOf(ids(a)), a.markdown());
    }
}
