package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An entry that names the asked task by a sibling compound (关系分类 for 关系抽取) is a member of rankings, counts and
 * lists alike, and the answer says that membership was widened. A modality key (视频) is never widened: 视频生成 is
 * another task than 视频理解.
 */
class SiblingCompoundsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("NounRel").released("2010-07-01").publisher("某大学")
                    .description("NounRel 是名词对之间语义关系分类的评测数据集，标注了9种关系。"),
            entry("WebRel").released("2017-09-01").publisher("某大学")
                    .description("WebRel 是大规模的句子级关系抽取数据集，来自新闻与网页。"),
            entry("DocRel").released("2019-06-01").publisher("某大学")
                    .description("DocRel 是文档级关系抽取数据集，需要跨句推理。"),
            entry("FewRel2").released("2019-10-01").publisher("某大学")
                    .description("FewRel2 是少样本关系分类数据集，加入了领域迁移。"),
            entry("ClipTalk").released("2024-06-01").publisher("某公司")
                    .description("ClipTalk 是视频理解基准，问题覆盖短视频和长视频。"),
            entry("ClipQA").released("2024-03-01").publisher("某公司")
                    .description("ClipQA 是视频理解数据集，标注了交通事故的原因。"),
            entry("ClipGen").released("2024-08-01").publisher("某公司")
                    .description("ClipGen 是文本到视频生成数据集，包含一百万个视频片段。"),
            entry("GutImages").released("2017-06-01").publisher("某大学")
                    .description("GutImages 是胃肠道内镜图像数据集，图像分为8类。"),
            entry("Birds").released("2011-01-01").publisher("某大学")
                    .description("Birds 是细粒度鸟类图像数据集，包含200种鸟。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aSiblingCompoundAdmitsTheEntryToARanking() {
        Answer a = bot.ask("关系抽取数据集里最新的是哪个？");
        assertEquals("fewrel2", a.sources().get(0).id());
        assertTrue(a.markdown().contains("关系分类"), a.markdown());
    }

    @Test
    void aSiblingCompoundCountsAndTheAnswerSaysSo() {
        Answer a = bot.ask("有几个关系抽取数据集？");
        assertEquals(Set.of("nounrel", "webrel", "docrel", "fewrel2"), Set.copyOf(a.sources().stream().map(Source::id).toList()));
        assertTrue(a.markdown().contains("也计入了写作“关系分类”的条目"), a.markdown());
    }

    @Test
    void aModalityIsNoKeyPart() {
        assertEquals(Set.of("cliptalk", "clipqa"), ids("有几个视频理解数据集？"));
    }

    @Test
    void theKeyPartIsTheSubjectThatIsNoTaskWordInEitherOrder() {
        var relation = new Subject("关系", List.of("关系"), List.of(), 0, List.of(), false);
        var extraction = new Subject("抽取", List.of("抽取"), List.of(), 0, List.of(), false);
        var video = new Subject("视频", List.of("视频"), List.of(), 0, List.of(), false);
        assertEquals(List.of("关系"), SiblingCompounds.keyAndTask(List.of(extraction, relation)).keys());
        assertEquals("抽取", SiblingCompounds.keyAndTask(List.of(relation, extraction)).task());
        assertNull(SiblingCompounds.keyAndTask(List.of(video, extraction)));
        assertEquals("关系分类", SiblingCompounds.writtenSibling(SiblingCompounds.keyAndTask(List.of(relation, extraction)),
                "少样本关系分类数据集"));
        assertNull(SiblingCompounds.writtenSibling(SiblingCompounds.keyAndTask(List.of(relation, extraction)), "关系网络"));
    }

    @Test
    void anEnglishKeyIsReadFromTheEntriesWritingTheWholePhrase() {
        var causal = new Subject("causal", List.of("causal"), List.of(), 0, List.of(), false);
        var inference = new Subject("inference", List.of("inference", "推断"), List.of(), 0, List.of(), false);
        var kt = SiblingCompounds.keyFromWholeWriters(List.of(causal, inference), (k, t) -> List.of("大西洋因果推断会议的数据竞赛"));
        assertEquals(List.of("因果"), kt.keys());
        assertEquals("因果发现", SiblingCompounds.writtenSibling(kt, "它成了因果发现算法最常用的基准"));
        // writers that disagree on the key name none
        assertNull(SiblingCompounds.keyFromWholeWriters(List.of(causal, inference), (k, t) -> List.of("因果推断", "统计推断")));
    }

    @Test
    void theKeyAndTaskMustBeWrittenTogetherInTheQuestion() {
        var pedestrian = new Subject("行人", List.of("行人"), List.of(), 0, List.of(), false);
        var recognition = new Subject("识别", List.of("识别"), List.of(), 0, List.of(), false);
        var kt = SiblingCompounds.keyAndTask(List.of(pedestrian, recognition));
        // 行人重识别 (re-identification) is no 行人识别: 行人检测 must not be counted for it
        assertTrue(!SiblingCompounds.askedTogether(kt, "有几个行人重识别数据集？"));
        assertTrue(SiblingCompounds.askedTogether(kt, "有几个行人识别数据集？"));
        var causal = new Subject("causal", List.of("causal"), List.of(), 0, List.of(), false);
        var inference = new Subject("inference", List.of("inference", "推断"), List.of(), 0, List.of(), false);
        var english = SiblingCompounds.keyFromWholeWriters(List.of(causal, inference), (k, t) -> List.of("因果推断"));
        assertTrue(SiblingCompounds.askedTogether(english, "What is the oldest causal inference dataset?"));
        assertTrue(!SiblingCompounds.askedTogether(english, "causal datasets for inference"));
    }

    @Test
    void aTaskWordSplitFromItsKeyWidensNothing() {
        assertEquals(Set.of("webrel", "docrel"), ids("关系和抽取都写到的数据集有几个？"));
    }
}
