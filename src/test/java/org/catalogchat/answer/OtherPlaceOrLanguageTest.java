package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A topic narrowed to a country or a language ("traffic signs from China", 中文语法纠错): an entry that writes the
 * rest of the topic and another country or language in the asked one's place (德国, 英语) is about that one, not a
 * partial member. An entry that names no country may still be about the one asked.
 */
class OtherPlaceOrLanguageTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SignsCN").released("2016-06-01").publisher("某大学")
                    .description("SignsCN 是中国交通标志检测基准，包含10万张街景图像，共3万个交通标志。"),
            entry("SignsDE").released("2011-01-01").publisher("某研究所")
                    .description("SignsDE 从德国道路行车视频中截取了5万多张交通标志图像，分为43类。"),
            entry("GecCN").released("2018-08-01").publisher("某大学")
                    .description("GecCN 是中文语法纠错评测数据，测试集为2000个学习者句子。"),
            entry("GecEN").released("2019-01-01").publisher("某大学")
                    .description("GecEN 是英语作文的语法纠错语料，作文按水平分为三级。"),
            entry("FaceSet").released("2017-01-01").publisher("某大学")
                    .description("FaceSet 包含3万张网络人脸图像。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void anEntryOfAnotherCountryIsNoPartialMember() {
        assertEquals(Set.of("signscn"), ids("traffic sign pictures from China"),
                bot.ask("traffic sign pictures from China").markdown());
    }

    @Test
    void anEntryOfAnotherLanguageIsNoPartialMember() {
        assertEquals(Set.of("geccn"), ids("中文语法纠错"), bot.ask("中文语法纠错").markdown());
    }

    @Test
    void theNamesComeFromTheLocaleData() {
        assertTrue(PlaceNames.COUNTRIES.named("德国") && PlaceNames.LANGUAGES.named("英文")
                && !PlaceNames.COUNTRIES.named("海地区"));
    }
}
