package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 行人重识别 is read as 行人, 识别 and the one character 重. An entry about crowded pedestrian detection writes 行人 and
 * 重 only inside 严重 ("badly occluded"): it is not near the topic, and the count is stated. An entry that writes the
 * topic's words whole but otherwise is still near it ({@link PartlyWrittenTest}).
 */
class InsideLongerWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("CampusReID（校园行人重识别数据集）").released("2015-12-01").publisher("某大学")
                    .description("CampusReID 由某大学在夏季采集，六台摄像头共拍摄32,668张图像、1,501个身份，附有视频帧编号和摄像头编号，可用于行人重识别。"),
            entry("StreetReID").released("2017-01-01").publisher("某研究院")
                    .description("StreetReID 来自某研究院的八台高清摄像头，共1,812个身份、36,411个边界框，按身份划分训练集和测试集，用于行人重识别评测。"),
            entry("CrowdBox").released("2018-05-01").publisher("某科技公司")
                    .description("CrowdBox 是拥挤场景的行人数据集，街头行人之间遮挡严重，每个行人都标注了头部框、可见身体框和完整身体框，共47万个行人实例。"),
            entry("Verse").released("2012-02-01").publisher("某出版社")
                    .description("Verse 收录了唐诗和宋词的全文及作者信息。"));

    @Test
    void anEntryWritingTheOneCharacterOnlyInsideAnotherWordDoesNotMakeTheCountUnsure() {
        Answer a = bot.ask("有几个行人重识别数据集？");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("campusreid", "streetreid"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("2"), a.markdown());
    }
}
