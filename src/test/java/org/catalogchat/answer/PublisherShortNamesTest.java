package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Latin short name the catalog writes only in one publisher's entries, spelling its English name, is that publisher. */
class PublisherShortNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Caltech Owl Traps").released("2018-07-01").publisher("加州理工学院")
                    .description("Caltech Owl Traps 是加州理工学院发布的猫头鹰红外相机图像数据集。"),
            entry("OwlSounds").released("2017-01-01").publisher("加州理工学院", "康奈尔大学")
                    .description("OwlSounds 是猫头鹰鸣叫录音数据集。"),
            entry("Wren-100").released("2011-01-01").publisher("加州理工学院", "某大学")
                    .description("Wren-100（Caltech Wrens）是鹪鹩细粒度图像分类数据集。"),
            entry("Finches").released("2010-01-01").publisher("某大学")
                    .description("Finches 是雀类图像数据集。"),
            entry("BrainMaps").released("2006-09-26").publisher("艾伦脑科学研究所")
                    .description("BrainMaps 是 Allen Institute for Brain Science 发布的小鼠脑基因表达图谱。"),
            entry("BirdCounts").released("2002-01-01").publisher("某基金会")
                    .description("BirdCounts 是由志愿者提交的公民科学鸟类观测记录数据集。"));

    @Test
    void aShortNameThePublisherWritesIsThatPublisher() {
        // was a confident wrong count of 2: the entries writing "Caltech", not the 3 加州理工学院 published
        Answer a = bot.ask("how many datasets did caltech publish");
        assertEquals(Set.of("caltech-owl-traps", "owlsounds", "wren-100"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("**3**"), a.markdown());
    }

    @Test
    void aShortNameInAPublishersSlotIsNoEntrysFirstWord() {
        // was the card of Caltech Owl Traps, the entry whose name opens with the word
        Answer a = bot.ask("datasets from Caltech");
        assertEquals(Set.of("caltech-owl-traps", "owlsounds", "wren-100"), Set.copyOf(ids(a)), a.markdown());
        // the entry's whole name asked: that entry
        Answer b = bot.ask("Is Caltech Owl Traps from Caltech?");
        assertEquals(List.of("caltech-owl-traps"), ids(b), b.markdown());
    }

    @Test
    void aDictionaryWordIsNoShortName() {
        // "Science" is written only by the 艾伦脑科学研究所 entry, whose English name holds its letters: still a word
        Answer a = bot.ask("citizen science data");
        assertEquals(Set.of("birdcounts"), Set.copyOf(ids(a)), a.markdown());
    }
}
