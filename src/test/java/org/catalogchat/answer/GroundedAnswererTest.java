package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.catalogchat.core.TestEngines;
import org.junit.jupiter.api.Test;

class GroundedAnswererTest {
    private final Answerer answerer = TestEngines.seeds().answerer();

    private Answer ask(String q) {
        return answerer.answer(Question.of(q));
    }

    private static Set<String> ids(Answer a) {
        return a.sources().stream().map(Source::id).collect(Collectors.toSet());
    }

    @Test
    void factInEnglishCitesOnlyTheNamedDatasetWithItsRealPage() {
        Answer a = ask("Who released MedTrinity-25M?");
        assertEquals(Intent.FACT, a.intent());
        assertEquals(Language.EN, a.language());
        assertEquals(List.of("medtrinity-25m"), a.sources().stream().map(Source::id).toList());
        assertEquals("https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08", a.sources().get(0).url());
        assertTrue(a.markdown().contains("Stanford University"), a.markdown());
        assertTrue(a.markdown().contains("华中科技大学"), a.markdown());
        assertTrue(a.markdown().contains("86cac9ab58e2bdedcec5b32df3521e08"), "cites with its link");
    }

    @Test
    void englishSizeGivesChineseUnitsInEnglishToo() {
        Answer a = ask("How big is Infinity-MM?");
        assertTrue(a.markdown().contains("4300万 (43 million)"), a.markdown());
    }

    @Test
    void factInChinese() {
        Answer a = ask("MedTrinity-25M是谁发布的？");
        assertEquals(Language.ZH, a.language());
        assertEquals(Set.of("medtrinity-25m"), ids(a));
        assertTrue(a.markdown().contains("华中科技大学、加州大学、哈佛大学、斯坦福大学"), a.markdown());
    }

    @Test
    void namesAreFoundDespiteCasePunctuationAndTypos() {
        assertEquals(Set.of("laion-5b"), ids(ask("tell me about laion 5b")));
        assertEquals(Set.of("medtrinity-25m"), ids(ask("who made Medtrinity25m")));
        assertEquals(Set.of("infinity-mm"), ids(ask("what is infinty-mm")));
        assertEquals(Set.of("wudaomm"), ids(ask("who is behind wudao mm")));
        assertEquals(Set.of("openvid-1m"), ids(ask("release date of openvid1m")));
        assertEquals(Set.of("wukong"), ids(ask("悟空数据集是谁发布的？")));
    }

    @Test
    void publisherListIsExactAndComplete() {
        Answer a = ask("Which datasets were released by BAAI?");
        assertEquals(Intent.LIST, a.intent());
        assertEquals(Set.of("infinity-mm", "capsfusion-120m", "wudaomm"), ids(a));
        Answer pku = ask("北京大学发布了哪些数据集？");
        assertEquals(Set.of("video-mme"), ids(pku), "Peking University is not Beijing Jiaotong University");
    }

    @Test
    void dateFiltersInBothLanguages() {
        assertEquals(Set.of("infinity-mm", "pclmm"), ids(ask("Which datasets came out after August 2024?")));
        assertEquals(Set.of("infinity-mm", "pclmm", "ario", "skyscript-100m", "medtrinity-25m"),
                ids(ask("2024年8月及以后发布的数据集")));
        assertEquals(17, ask("2024年上半年发布了哪些数据集？").sources().size());
    }

    @Test
    void countAnswersTheNumberAndListsEveryMatch() {
        Answer a = ask("How many datasets came out in 2022?");
        assertEquals(Intent.COUNT, a.intent());
        assertTrue(a.markdown().contains("**4**"), a.markdown());
        assertEquals(Set.of("laion-5b", "wudaomm", "taisu", "wukong"), ids(a));
        Answer zh = ask("2022年发布了多少个数据集？");
        assertEquals(Intent.COUNT, zh.intent());
        assertTrue(zh.markdown().contains("**4**"), zh.markdown());
    }

    @Test
    void listsAreNeverCutAtTopK() {
        Answer all = ask("How many datasets are in the catalog?");
        assertEquals(33, all.sources().size());
    }

    @Test
    void comparisonCitesBoth() {
        Answer a = ask("compare LAION-5B and OmniCorpus");
        assertEquals(Intent.COMPARE, a.intent());
        assertEquals(List.of("laion-5b", "omnicorpus"), a.sources().stream().map(Source::id).toList());
        assertTrue(a.markdown().contains("2022-03-31") && a.markdown().contains("2024-06-12"), a.markdown());
        assertEquals(Intent.COMPARE, ask("比较LAION-5B和OmniCorpus").intent());
    }

    @Test
    void topicSearchInBothLanguages() {
        assertEquals(Set.of("mmearth", "magicbathynet", "mmrs"), ids(ask("有哪些遥感数据集？")));
        assertEquals(Set.of("mmearth", "magicbathynet", "mmrs"), ids(ask("remote sensing datasets")));
        assertEquals(Set.of("medtrinity-25m", "medical-cxr-vqa"), ids(ask("有哪些医学数据集")));
        assertEquals(Set.of("obimd"), ids(ask("甲骨文")));
        assertEquals(Set.of("skyscript-100m"), ids(ask("the short-drama video dataset")));
    }

    @Test
    void absentThingsAreNotInTheCatalogWithEmptySources() {
        for (String q : List.of("Is there a protein-folding dataset?", "Is ImageNet in the catalog?",
                "Do you have stock prices data?", "Which datasets were released in 2021?")) {
            Answer a = ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q);
            assertTrue(a.sources().isEmpty(), q);
            assertTrue(a.markdown().contains("Not in the catalog"), a.markdown());
        }
        Answer zh = ask("有没有蛋白质折叠的数据集？");
        assertTrue(zh.sources().isEmpty());
        assertTrue(zh.markdown().contains("目录中没有"), zh.markdown());
    }

    @Test
    void paraphrasesFindTheirEntry() {
        Answer a = ask("甲骨文的数据集有多少片甲骨");
        assertEquals(Set.of("obimd"), ids(a));
        assertTrue(a.markdown().contains("一万片"), a.markdown());
        assertEquals(Set.of("obimd"), ids(ask("the oracle bone dataset")));
    }

    @Test
    void followUpUsesTheConversation() {
        Answer first = ask("Tell me about MedTrinity-25M");
        Answer follow = answerer.answer(new Question("When was it released?",
                List.of(new Question.Turn("Tell me about MedTrinity-25M", first))));
        assertEquals(Set.of("medtrinity-25m"), ids(follow));
        assertTrue(follow.markdown().contains("2024-08-06"), follow.markdown());
    }

    @Test
    void superlatives() {
        assertEquals(Set.of("infinity-mm"), ids(ask("What is the most recent dataset?")));
        assertEquals(Set.of("wukong"), ids(ask("最早的数据集是哪个？")));
        assertEquals(Set.of("mint-1t"), ids(ask("Which is the largest dataset?")));
    }
}
