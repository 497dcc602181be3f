package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A compound task word the catalog writes whole (图像分类, 动作识别) is not partly met by an entry that writes only its
 * head inside another compound (文本分类, 说话人识别): that is another kind of classification or recognition.
 */
class CompoundHeadsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("PicClass").released("2009-04-01").publisher("某大学")
                    .description("PicClass 是一个彩色图像分类数据集，包含6万张小图像。"),
            entry("NewsText").released("2016-01-01").publisher("某实验室")
                    .description("NewsText 是一个新闻文本分类数据集，包含74万篇新闻文档。"),
            entry("MoodReview").released("2011-06-01").publisher("某大学")
                    .description("MoodReview 是一个英文影评情感分类数据集，包含5万条评论。"),
            entry("StreetPics").released("2016-04-01").publisher("某公司")
                    .description("StreetPics 是一个城市街景图像数据集，用于语义分割。"),
            entry("FacePics").released("2015-12-01").publisher("某大学")
                    .description("FacePics 是一个名人图像数据集，包含20万张图像。"),
            entry("ActionClips").released("2017-05-01").publisher("某公司")
                    .description("ActionClips 是一个人体动作识别视频数据集，包含400个动作类别。"),
            entry("SpeakerTalk").released("2017-06-01").publisher("某大学")
                    .description("SpeakerTalk 是一个说话人识别数据集，片段取自采访视频。"),
            entry("LipRead").released("2018-01-01").publisher("某大学")
                    .description("LipRead 是一个唇语识别数据集，包含新闻视频。"),
            entry("CarCam").released("2019-01-01").publisher("某公司")
                    .description("CarCam 是一个行车视频数据集。"),
            entry("PanelA").released("2012-01-01").publisher("某大学")
                    .description("PanelA 是一项全国性社会追踪调查，每两年追踪一次。"),
            entry("SurveyB").released("2003-01-01").publisher("某大学")
                    .description("SurveyB 是中国综合社会调查，每轮访问约1万户家庭。"),
            entry("ElderC").released("2013-01-01").publisher("某大学")
                    .description("ElderC 是中老年人健康追踪调查，覆盖28个省份。"),
            entry("CityStats").released("1982-01-01").publisher("某局")
                    .description("CityStats 收录经济和社会统计数据。"),
            entry("NewsX").released("2010-01-01").publisher("某公司")
                    .description("NewsX 是一个社会新闻语料库。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void anotherCompoundOfTheSameHeadIsNoPartialMember() {
        Set<String> got = ids("图像分类");
        assertTrue(got.contains("picclass"), got.toString());
        assertFalse(got.contains("newstext") || got.contains("moodreview"), got.toString());
    }

    @Test
    void anotherRecognitionIsNoActionRecognition() {
        assertEquals(Set.of("actionclips"), ids("动作识别的视频"));
    }

    @Test
    void modifiersSomeEntryStacksAreNoAlternatives() {
        // PanelA writes 社会追踪调查: a 追踪调查 (ElderC) may be a 社会调查
        assertTrue(ids("社会调查").containsAll(Set.of("panela", "surveyb", "elderc")), ids("社会调查").toString());
    }
}
