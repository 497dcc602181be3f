package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another release an entry writes about is not the entry: a figure in parentheses after its name, or in the clauses
 * of a sentence that goes on about it, is neither quoted as the entry's answer nor as its size, and its name, the
 * entry's name with more digits (PixelSet-100 beside PixelSet-10), is not read as the entry. A part the entry
 * introduces as its own (分为 A、B（各…行）) keeps its figures. A name that holds an entry's name whole and adds to it
 * (EZNIST, StarFaces-HQ) is another dataset, not a misspelling; a version the entry writes is the entry unless the
 * entry says it came apart (后续的, 2023年的, 又发布, 另提供). A small catalog written here, with made-up names.
 */
class OtherReleasesTest {
    private static final String CATALOG = """
            ### RoadPulse

            - 发布时间：2017-07-06
            - 发布机构：某交通大学
            - 数据集说明：RoadPulse 是道路交通速度数据集，来自城市高速公路上的207个环形线圈检测器，按5分钟聚合。
            - 同一论文还发布了来自另一系统的 BAY-FLOW（湾区325个传感器、6个月），两者是交通预测的常用基准。

            ### GridHeat

            - 发布时间：2020-12-14
            - 发布机构：某电力研究院
            - 数据集说明：GridHeat 是变压器温度数据集，数据采集自两个县的电力变压器。
            - 数据集分为小时级的 GH-h1、GH-h2（各17,420行）和分钟级的 GH-m1、GH-m2（各69,680行）。

            ### PixelSet-10

            - 发布时间：2009-04-01
            - 发布机构：某大学
            - 数据集说明：PixelSet-10 是彩色图像分类数据集，包含60,000张32×32像素的彩色图像，分为10个类别。
            - 同时发布的 PixelSet-100 有100个类别，每类600张图像，100个类别又归为20个超类。

            ### ZNIST

            - 发布时间：1998-11-01
            - 发布机构：某实验室
            - 数据集说明：ZNIST 是手写数字图像数据集，包含70,000张28×28像素的灰度图像。

            ### StarFaces

            - 发布时间：2015-12-01
            - 发布机构：某多媒体实验室
            - 数据集说明：StarFaces 是人脸属性数据集，包含1万位名人的20万张人脸图像。

            ### WordBank

            - 发布时间：2022-03-22
            - 发布机构：某研究院
            - 数据集说明：WordBank 是图文预训练数据，全量数据集包含6.5亿图文对。
            - 目前开放了基础版WordBank-base，该数据集由强相关数据按类别均衡抽取组成，包含19个大类。

            ### AERO

            - 发布时间：2017-11-01
            - 发布机构：某遥感实验室
            - 数据集说明：AERO 是航空图像目标检测数据集。
            - AERO-v1.0 包含2,806张航空图像，分为15个类别。
            - 后续的 AERO-v1.5 增加到16个类别，AERO-v2.0 扩充到18个类别、11,268张图像。

            ### VoiceCelebs

            - 发布时间：2017-06-01
            - 发布机构：某视觉组
            - 数据集说明：VoiceCelebs 是说话人识别数据集，音视频片段取自名人采访视频。
            - VoiceCelebs1 包含1,251位名人的超过10万条语音；2018年发布的 VoiceCelebs2 包含6,112位名人的超过100万条语音，两者合计超过7,000位说话人、2,000多小时。

            ### BirdCalls

            - 发布时间：2019-03-01
            - 发布机构：某鸟类研究所
            - 数据集说明：BirdCalls 是鸟鸣录音数据集，包含300个物种的12,000段录音。
            """;

    @TempDir
    static Path dir;
    private static Answerer answerer;

    @BeforeAll
    static void load() throws Exception {
        answerer = FixtureCatalog.answererOver(dir, CATALOG);
    }

    private static Answer ask(String q) {
        return answerer.answer(new Question(q, List.of()));
    }

    @Test
    void aFigureInParenthesesAfterAnotherReleaseIsNotTheEntrys() {
        for (String q : List.of("How many sensors does RoadPulse have?", "RoadPulse 有多少个传感器？")) {
            Answer a = ask(q);
            assertEquals(List.of("roadpulse"), ids(a), a.markdown());
            assertFalse(a.markdown().contains("325"), a.markdown());
        }
    }

    @Test
    void aPartTheEntryIntroducesKeepsItsFigures() {
        Answer a = ask("GridHeat 小时级的数据各有多少行？");
        assertEquals(List.of("gridheat"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("17,420"), a.markdown());
    }

    @Test
    void theOtherReleasesFigureIsNotTheEntrysSize() {
        Answer a = ask("Tell me about RoadPulse");
        assertTrue(a.markdown().contains("207"), a.markdown());
        assertFalse(a.markdown().contains("325个传感器"), a.markdown());
    }

    @Test
    void theEntrysNameWithMoreDigitsIsAnotherDataset() {
        for (String q : List.of("How many classes does PixelSet-100 have?", "PixelSet-100 有多少个类别？")) {
            Answer a = ask(q);
            assertEquals(List.of(), ids(a), a.markdown());
        }
        Answer a = ask("How many classes does PixelSet-10 have?");
        assertEquals(List.of("pixelset-10"), ids(a), a.markdown());
    }

    @Test
    void clausesAfterAnotherReleaseIsNamedAreAboutIt() {
        Answer a = ask("PixelSet-10 有多少个类别？");
        assertEquals(List.of("pixelset-10"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("10个类别"), a.markdown());
        assertFalse(a.markdown().contains("超类"), a.markdown());
    }

    @Test
    void aNameHoldingAnEntrysNameWholeIsAnotherDataset() {
        for (String q : List.of("Do you have EZNIST?", "KZNIST 是什么数据集？", "What resolution is StarFaces-HQ?")) {
            Answer a = ask(q);
            assertEquals(List.of(), ids(a), a.markdown());
        }
        assertEquals(List.of("znist"), ids(ask("Do you have ZNIST?")));
        assertEquals(List.of("znist"), ids(ask("tell me about ZNSIT")));
        assertEquals(List.of("starfaces"), ids(ask("How many images does StarFaces have?")));
    }

    @Test
    void aVersionTheEntryDescribesIsTheEntryUnlessReleasedApart() {
        Answer base = ask("What is WordBank-base?");
        assertEquals(List.of("wordbank"), ids(base), base.markdown());
        Answer v1 = ask("AERO-v1.0 有多少张图像？");
        assertEquals(List.of("aero"), ids(v1), v1.markdown());
        assertTrue(v1.markdown().contains("2,806"), v1.markdown());
        for (String q : List.of("AERO-v2.0 有多少张图像？", "What is AERO-v1.5?")) {
            Answer a = ask(q);
            assertEquals(List.of(), ids(a), a.markdown());
        }
    }

    @Test
    void aClauseAboutBothReturnsToTheEntry() {
        Answer a = ask("VoiceCelebs 一共有多少小时？");
        assertEquals(List.of("voicecelebs"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2,000多小时"), a.markdown());
    }
}
