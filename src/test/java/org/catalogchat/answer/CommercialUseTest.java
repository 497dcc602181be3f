package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which datasets may be used commercially?": entries whose stated data licence allows it (CC BY, CC BY-SA, CC0, the
 * public domain), never those whose terms forbid it nor every entry writing a licence word.
 */
class CommercialUseTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("OpenAir").released("2016-03-01").publisher("某研究所")
                    .description("OpenAir 是城市空气质量传感器数据，数据以 CC BY 4.0 协议发布。"),
            entry("ShareSounds").released("2019-09-01").publisher("某公司")
                    .description("ShareSounds 是机器声音数据，数据以 CC BY-SA 4.0 协议发布。"),
            entry("StormTracks").released("2008-01-01").publisher("某气象中心")
                    .description("StormTracks 是热带气旋路径资料，数据属于公有领域。"),
            entry("FaceLab").released("2017-07-01").publisher("某大学")
                    .description("FaceLab 是人脸表情图像，数据以 CC BY-NC-SA 4.0 协议发布，仅供非商业研究使用。"),
            entry("PlaneShots").released("2013-06-01").publisher("某大学")
                    .description("PlaneShots 是飞机照片，仅可用于非商业研究。"),
            entry("ProofKit").released("2023-06-01").publisher("某大学")
                    .description("ProofKit 是定理证明平台，代码与模型以 MIT 许可证发布。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void termsAllowingCommercialUseAreTheFilter() {
        Set<String> allowing = Set.of("openair", "sharesounds", "stormtracks");
        assertEquals(allowing, ids("Which datasets may be used commercially?"));
        assertEquals(allowing, ids("哪些数据集可以商用？"));
        assertEquals(allowing, ids("List the datasets that allow commercial use."));
    }

    @Test
    void negatedItIsTheNonCommercialFilter() {
        assertEquals(Set.of("facelab", "planeshots"), ids("哪些数据集不可商用？"));
    }

    @Test
    void neitherForbiddingTermsNorASoftwareLicenceCount() {
        assertTrue(ids("Which datasets may be used commercially?").stream().noneMatch(Set.of("facelab", "planeshots", "proofkit")::contains));
    }
}
