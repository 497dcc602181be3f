package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A compound of a term group that the catalog never writes (自动驾驶, 推荐系统) is met through a related term that is
 * a part of it (驾驶, 推荐) only where the part stands in the compound's place: its head ending a word (安全驾驶), its
 * modifier running on into the word it modifies (短视频推荐数据集). 驾驶路线 is a route and 法条推荐 recommends articles
 * of law: "not in the catalog" rather than a confident wrong list.
 */
class CompoundPartsInPlaceTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("TaxiRoutes").released("2011-08-01").publisher("某研究院")
                    .description("TaxiRoutes 是出租车的GPS轨迹数据。该项目用司机的经验规划最快驾驶路线。"),
            entry("CrashClips").released("2024-03-01").publisher("某大学")
                    .description("CrashClips 是一个事故视频数据集。它支持理解事故的因果链，从而实现安全驾驶。"),
            entry("LawCases").released("2018-07-01").publisher("某大学")
                    .description("LawCases 是一个法律判决预测数据集。该数据集用于法条推荐、罪名预测和刑期预测等任务。"),
            entry("ShortVideoRec").released("2022-02-01").publisher("某公司")
                    .description("ShortVideoRec 是一个短视频推荐数据集，采集自真实日志。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void theHeadOfTheCompoundMustEndAWord() {
        assertEquals(Set.of("crashclips"), ids("有没有自动驾驶的数据集？"));
    }

    @Test
    void theModifierOfTheCompoundMustRunOn() {
        assertEquals(Set.of("shortvideorec"), ids("推荐系统的数据集"));
    }
}
