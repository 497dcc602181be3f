package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Names asked by a part of them (the first word, an edition year) and names that differ by an edition. */
class NamePartsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("M7 Forecasting - 某零售销量预测").released("2020-03-02").publisher("某大学")
                    .description("M7 是第七届预测竞赛使用的零售销量数据集，包含3,049种商品的每日销量。"),
            entry("Rossmann Store Sales").released("2015-09-30").publisher("Rossmann")
                    .description("Rossmann Store Sales 记录了1,115家门店的日销售额。"),
            entry("SkyCam").released("2000-02-24").publisher("某航天中心")
                    .description("SkyCam 是一个路口视频数据集，包含3,000个视频，由志愿者逐帧标注。"),
            entry("Online Retail").released("2015-11-06").publisher("某学院")
                    .description("Online Retail 是一个交易数据集，共541,909行。后来的第二版把时间扩展到2009年。"),
            entry("GBD（全球疾病负担研究）").released("2012-12-13").publisher("某研究所")
                    .description("GBD 是全球疾病负担研究。以 GBD 2019 为例，研究估计了369种疾病和伤害。"),
            entry("MultiWOZ").released("2018-09-01").publisher("剑桥大学")
                    .description("MultiWOZ 是一个多领域任务型对话数据集，包含约10,438段对话。"),
            entry("HopQA").released("2018-09-25").publisher("某大学")
                    .description("HopQA 包含约11.3万个问答对，回答每个问题需要多跳推理。"),
            entry("联合国平行语料库").released("2016-05-01").publisher("联合国")
                    .description("该语料库由联合国的正式文件构成，覆盖阿拉伯语、中文、英语、法语、俄语和西班牙语六种官方语言。"),
            entry("SkyEarth - 遥感多模态预训练数据集").released("2024-01-01").publisher("某大学")
                    .description("SkyEarth 是一个遥感影像数据集，包含120万个地点的卫星影像。"),
            entry("VoiceStars").released("2017-06-01").publisher("某大学")
                    .description("VoiceStars 是一个说话人识别数据集。\nVoiceStars1 包含1,251位名人的语音；2018年发布的 VoiceStars2 包含6,112位名人的语音。"),
            entry("SentiBank（情感树库）").released("2013-10-01").publisher("某大学")
                    .description("SentiBank（Sentiment Treebank of Reviews）是一个影评情感数据集，常用的设置有五分类（SentiBank-5）和二分类（SentiBank-2）。"),
            entry("Mining Cup 1999").released("1999-08-01").publisher("某学会")
                    .description("Mining Cup 1999 是第三届数据挖掘竞赛使用的网络入侵检测数据集。"),
            entry("ChemZoo").released("2005-01-01").publisher("某大学")
                    .description("ChemZoo 是一个分子数据集，包含约七十万个分子。后续的 ChemZoo15 把规模扩大到数亿个分子。"));

    @Test
    void theFirstWordOfOneEntrysNameNamesIt() {
        assertEquals(List.of("m7-forecasting"), ids(bot.ask("How many products does M7 include?")));
        assertEquals(List.of("m7-forecasting"), ids(bot.ask("Do you have M7?")));
    }

    @Test
    void aPublisherThatBeginsItsOwnEntrysNameNamesItInAComparison() {
        Answer a = bot.ask("M7和Rossmann哪个先发布？");
        assertEquals(Intent.COMPARE, a.intent(), a.markdown());
        assertEquals(List.of("m7-forecasting", "rossmann-store-sales"), ids(a));
    }

    @Test
    void aYearAfterANameWithoutNumbersIsAnEdition() {
        Answer a = bot.ask("How many diseases does GBD 2019 cover?");
        assertEquals(List.of("gbd"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("369"), a.markdown());
    }

    @Test
    void aCountOfSomethingElseAfterOneEntryAsksThatEntrysFigure() {
        String first = "Tell me about Rossmann Store Sales";
        Answer about = bot.ask(first);
        Answer a = bot.answerer().answer(new Question("how many stores are covered?", List.of(new Question.Turn(first, about))));
        assertEquals(List.of("rossmann-store-sales"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("1,115"), a.markdown());
    }

    @Test
    void aModifierAndItsNounAreCountedTogether() {
        // "annotated" alone counts nothing SkyCam writes a figure for; "annotated videos" counts its videos
        Answer a = bot.ask("How many annotated videos does SkyCam have?");
        assertEquals(List.of("skycam"), ids(a));
        assertTrue(a.markdown().contains("3,000个视频"), a.markdown());
        QueryPlan p = ((GroundedAnswerer) bot.answerer()).plan(Question.of("How many annotated videos does SkyCam have?"));
        assertTrue(p.countedNoun().contains("videos") && p.countedNoun().contains("annotated"), p.countedNoun().toString());
    }

    @Test
    void aRomanEditionTheEntryLacksIsAnotherDataset() {
        Answer a = bot.ask("Is Online Retail II in the catalog?");
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty());
        assertEquals(List.of("online-retail"), ids(bot.ask("Is Online Retail in the catalog?")));
    }

    @Test
    void dictionaryWordsCloseToANameAreWordsNotATypoOfIt() {
        Answer words = bot.ask("multi-hop question answering");
        assertTrue(!ids(words).contains("multiwoz"), words.markdown());
        Answer typo = bot.ask("How many dialogues does MultiWOX have?");
        assertEquals(List.of("multiwoz"), ids(typo), typo.markdown());
    }

    @Test
    void anEnglishNameWhoseWordsWriteMostOfAChineseNameNamesThatEntry() {
        Answer a = bot.ask("Which languages does the UN Parallel Corpus cover?");
        assertEquals(List.of("联合国平行语料库"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("阿拉伯语"), a.markdown());
        // a title-cased topic writes a small part of a name: it is a topic, not that entry
        Answer topic = bot.ask("Which Remote Sensing datasets are there?");
        assertTrue(topic.intent() != Intent.FACT, topic.markdown());
    }

    @Test
    void aNumberedMemberTheEntryWritesIsThatEntry() {
        // a heading without a number, whose text writes its numbered members: each is the entry
        assertEquals(List.of("voicestars"), ids(bot.ask("How many celebrities does VoiceStars1 have?")));
        for (String q : List.of("Tell me about SentiBank-2", "SentiBank 2 是几分类？")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("sentibank"), ids(a), q + ": " + a.markdown());
        }
        // one it writes as a release of its own (a later one, one released another year) is another dataset
        for (String q : List.of("Do you have ChemZoo15?", "Is VoiceStars2 in the catalog?", "Do you have VoiceStars3?")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q + ": " + a.markdown());
            assertTrue(a.sources().isEmpty(), q);
        }
    }

    @Test
    void aFirstWordFollowedByAnotherNamesWordIsAnotherName() {
        // "M7 SalesNet" is not M7 Forecasting, though M7 alone is
        Answer a = bot.ask("Do you have M7 SalesNet?");
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("M7 SalesNet is not in the catalog"), a.markdown());
        assertTrue(!a.markdown().contains("mentioned in the description"), a.markdown());
        assertEquals(List.of("m7-forecasting"), ids(bot.ask("Do you have M7 Forecasting?")));
        // the words after the first go on as the name does, then a number it does not have
        Answer other = bot.ask("有没有Mining Cup 2012的数据？");
        assertEquals(Intent.NOT_FOUND, other.intent(), other.markdown());
        assertTrue(other.sources().isEmpty(), other.markdown());
        assertEquals(List.of("mining-cup-1999"), ids(bot.ask("Mining Cup 1999 是哪一年发布的？")));
        assertEquals(List.of("m7-forecasting"), ids(bot.ask("How many products does M7 include?")));
    }

    @Test
    void aFullNameTheEntrySpellsOutNamesIt() {
        Answer a = bot.ask("Who published the Sentiment Treebank of Reviews?");
        assertEquals(List.of("sentibank"), ids(a), a.markdown());
    }
}
