package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A place followed by a word of organisations selects the publishers whose names hold it, not a topic. */
class PlacePublishersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("HarbourText").released("2021-01-01").publisher("香港大学", "某公司")
                    .description("HarbourText 是文本到SQL数据集。"),
            entry("FaceGuard").released("2022-01-01").publisher("商汤科技", "香港中文大学")
                    .description("FaceGuard 是人脸活体检测数据集。"),
            entry("SignBank").released("2020-01-01").publisher("香港手语协会")
                    .description("SignBank 是手语词汇数据集。"),
            entry("CityWalk").released("2019-01-01").publisher("某研究院")
                    .description("CityWalk 收集了香港街头的行人视频。"));

    @Test
    void chineseUniversitiesOfAPlaceAreThePublishersHoldingIt() {
        // was 0: 香港 a subject only CityWalk writes, with the kind universities no publisher of it has
        Answer a = bot.ask("香港的高校参与发布了几个数据集？");
        assertEquals(Set.of("harbourtext", "faceguard"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void institutionsOfAPlaceAreAnyPublisherHoldingIt() {
        Answer a = bot.ask("香港的机构发布了哪些数据集？");
        assertEquals(Set.of("harbourtext", "faceguard", "signbank"), Set.copyOf(ids(a)), a.markdown());
    }
}
