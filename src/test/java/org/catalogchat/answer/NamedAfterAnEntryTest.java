package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Another dataset named after an entry is not that entry: a name holding the entry's whole with a letter more
 * (EMNIST beside MNIST), a capitalised part glued by a hyphen that the entry never writes (ERA5-Land beside ERA5), an
 * unknown word right before the name (Tiny ImageNet beside ImageNet). Each is "not in the catalog", not the entry's
 * figure. The entry asked by its own name is still answered. A small catalog written here, with made-up names.
 */
class NamedAfterAnEntryTest {
    private static final String CATALOG = """
            ### NUMBRA

            - 发布时间：1998-11-01
            - 发布机构：某大学
            - 数据集说明：NUMBRA 是手写数字图像数据集，包含70,000张灰度图像，分为0到9共10个类别。

            ### AtmoRe

            - 发布时间：2017-07-01
            - 发布机构：某气象中心
            - 数据集说明：AtmoRe 是全球大气再分析数据集，逐小时，水平分辨率约31公里。

            ### PhotoBank

            - 发布时间：2009-06-01
            - 发布机构：某实验室
            - 数据集说明：PhotoBank 是大规模图像识别数据集，共有1,400万张图像，覆盖2万个类别。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aNameHoldingAnEntrysNameWithALetterMoreIsAnotherDataset() {
        Answer a = bot.ask("How many classes does KNUMBRA have?");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("KNUMBRA"), a.markdown());
    }

    @Test
    void aCapitalisedPartGluedToTheNameIsAnotherDataset() {
        Answer a = bot.ask("When was AtmoRe-Land released?");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("AtmoRe-Land"), a.markdown());
    }

    @Test
    void anUnknownWordBeforeTheNameMakesAnotherDataset() {
        Answer a = bot.ask("How many images are in Tiny PhotoBank?");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("Tiny PhotoBank"), a.markdown());
    }

    @Test
    void theEntryAskedByItsOwnNameIsAnswered() {
        for (String q : List.of("How many classes does NUMBRA have?", "When was AtmoRe released?", "How many images are in PhotoBank?")) {
            Answer a = bot.ask(q);
            assertEquals(1, ids(a).size(), a.markdown());
        }
    }
}
