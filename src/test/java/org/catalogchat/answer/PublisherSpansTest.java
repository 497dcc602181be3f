package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A publisher's name the catalog writes in Latin letters, in a publisher's slot, is read before entry names and subjects. */
class PublisherSpansTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Vesta").released("2023-11-01").publisher("某大学")
                    .description("Vesta 是图像与文本配对数据集，包含120万对图文。"),
            entry("OrbitClips").released("2024-06-01").publisher("Vesta")
                    .description("OrbitClips 是视频与字幕配对数据集，由 Vesta 项目组整理。"),
            entry("PartScope").released("2023-01-04").publisher("Meta AI")
                    .description("PartScope 是物体部件与属性标注数据集。"),
            entry("LongTail").released("2019-08-08").publisher("Facebook AI Research")
                    .description("LongTail 是大词汇量实例分割数据集。"),
            entry("RoadNet").released("2018-05-17").publisher("Facebook", "某卫星公司")
                    .description("RoadNet 是卫星影像道路提取数据集。"),
            entry("MetaNews").released("2020-01-01").publisher("某新闻机构")
                    .description("MetaNews 收集了讨论 Meta 与 Facebook 平台的新闻报道。"));

    @Test
    void anEntryNamedAsAPublisherIsNotAskedInThatPublishersSlot() {
        // was [vesta]: the entry of that name, and "team" a subject it does not write
        Answer a = bot.ask("Which datasets did the Vesta team publish?");
        assertEquals(List.of("orbitclips"), ids(a), a.markdown());
    }

    @Test
    void latinPublishersInAChineseQuestionAreReadWithTheirParts() {
        // was 0: Meta and Facebook two subjects one news entry writes together, counted as none
        Answer a = bot.ask("Meta（Facebook）参与发布的数据集有几个？");
        assertEquals(Set.of("partscope", "longtail", "roadnet"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void outsideAPublishersSlotTheNameIsTheEntry() {
        Answer a = bot.ask("Who published Vesta?");
        assertEquals(List.of("vesta"), ids(a), a.markdown());
    }
}
