package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A count over a topic of three words or more counts an entry lacking only the topic's commonest word in the
 * catalog (CamoSeg writes 伪装 and 物体 but says 分割, not 检测); an entry lacking a rarer word stays out.
 */
class CommonestWordLackingTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("CamoDet").released("2020-06-01").publisher("某大学")
                    .description("CamoDet 是伪装物体检测数据集，收录了一万张伪装物体图像。"),
            entry("HiddenBench").released("2021-03-01").publisher("某大学")
                    .description("HiddenBench 是伪装物体检测基准，图像来自野外拍摄。"),
            entry("CamoSeg").released("2019-01-01").publisher("某研究所")
                    .description("CamoSeg 是伪装物体分割数据集，为每个伪装物体标注了像素级掩膜。"),
            entry("WalkerDet").released("2018-01-01").publisher("某公司")
                    .description("WalkerDet 是行人检测数据集，收录了城市街景中的行人。"),
            entry("NightWalker").released("2019-05-01").publisher("某公司")
                    .description("NightWalker 是红外行人检测数据集，在夜间拍摄。"),
            entry("CarDet").released("2017-01-01").publisher("某公司")
                    .description("CarDet 是车辆检测数据集。"),
            entry("FaceDet").released("2016-01-01").publisher("某大学")
                    .description("FaceDet 是人脸检测数据集。"),
            entry("SalientSeg").released("2015-01-01").publisher("某大学")
                    .description("SalientSeg 是显著物体分割数据集。"),
            entry("ReidOne").released("2016-06-01").publisher("某大学")
                    .description("ReidOne 是行人重识别数据集，由六个摄像头拍摄。"),
            entry("ReidTwo").released("2017-06-01").publisher("某大学")
                    .description("ReidTwo 是行人重识别基准。"),
            entry("CrowdPeople").released("2018-06-01").publisher("某公司")
                    .description("CrowdPeople 收录拥挤场景中的行人，行人之间重叠严重，用于检测。"),
            entry("PlateRead").released("2018-07-01").publisher("某公司")
                    .description("PlateRead 是车牌识别数据集。"),
            entry("GestureRead").released("2018-08-01").publisher("某公司")
                    .description("GestureRead 是手势识别数据集。"),
            entry("FaceRead").released("2018-09-01").publisher("某公司")
                    .description("FaceRead 是人脸识别数据集。"),
            entry("SignRead").released("2018-10-01").publisher("某公司")
                    .description("SignRead 是交通标志识别数据集。"),
            entry("SpeechRead").released("2018-11-01").publisher("某公司")
                    .description("SpeechRead 是语音识别数据集。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void anEntryLackingOnlyTheCommonestWordIsCounted() {
        Answer a = bot.ask("有几个检测伪装物体的数据集？");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("camodet", "hiddenbench", "camoseg"), ids(a.sources()), a.markdown());
        assertTrue(a.markdown().contains("3"), a.markdown());
    }

    @Test
    void anEntryLackingARarerWordIsNotCounted() {
        // WalkerDet writes 行人 and 检测 but not 红外, the rarest word: it is another topic
        Answer a = bot.ask("有几个红外行人检测的数据集？");
        assertEquals(Set.of("nightwalker"), ids(a.sources()), a.markdown());
    }

    @Test
    void aPhraseSplitIntoALoneCharacterStaysExact() {
        // 行人重识别 read as 行人 + 重 + 识别: CrowdPeople writes 行人 and 重 (of 重叠) and is no re-identification set
        Answer a = bot.ask("有几个行人重识别数据集？");
        assertEquals(Set.of("reidone", "reidtwo"), ids(a.sources()), a.markdown());
    }
}
