package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word of one entry's name that the question uses as a publisher's name (MIT in "MIT Rooms 20", Oxford in "Oxford
 * Towers") leaves the question naming no entry: it counts datasets, and "of them" goes on from the previous answer.
 */
class NameWordAsPublisherTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MIT Rooms 20").released("2009-06-01").publisher("麻省理工学院")
                    .description("MIT Rooms 20 是室内场景识别数据集，共20类场景。"),
            entry("PlaceNet").released("2016-10-01").publisher("麻省理工学院")
                    .description("PlaceNet 是大规模场景识别数据集。"),
            entry("StreetScenes").released("2016-12-01").publisher("爱丁堡大学")
                    .description("StreetScenes 是街道场景分割数据集。"),
            entry("ProofKit").released("2023-06-01").publisher("加州理工学院", "麻省理工学院")
                    .description("ProofKit 是定理证明数据集。"),
            entry("Oxford Towers（Oxford6k）").released("2007-06-01").publisher("牛津大学视觉几何组（VGG）")
                    .description("Oxford6k 是牛津大学视觉几何组发布的图像检索基准，从 Flickr 上按牛津地标的名字搜索得到6,062张图片。"),
            entry("Paris Halls").released("2008-06-01").publisher("牛津大学")
                    .description("Paris Halls 是巴黎建筑图像检索数据集。"),
            entry("Revisited Oxford and Paris Halls").released("2018-03-01").publisher("布拉格捷克理工大学")
                    .description("该数据集重新标注了 Oxford6k 和 Paris Halls。"));

    @Test
    void ofThemGoesOnFromThePreviousAnswerWhenTheNameWasAPublisher() {
        // was a list of all 3 MIT entries, ProofKit among them: "MIT" had named MIT Rooms 20, so no count, no scope
        Answer first = bot.ask("Which scene datasets are there?");
        Answer a = bot.answerer().answer(new Question("How many of them did MIT help publish?",
                List.of(new Question.Turn("Which scene datasets are there?", first))));
        assertEquals(Set.of("mit-rooms-20", "placenet"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("**2**"), a.markdown());
    }

    @Test
    void anEnglishPhraseNamingThePublisherHoldsTheNameWord() {
        // was the card of Oxford Towers: "Oxford" named the entry, not 牛津大学
        Answer a = bot.ask("How many datasets did the University of Oxford publish?");
        assertEquals(Set.of("oxford-towers", "paris-halls"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("**2**"), a.markdown());
    }
}
