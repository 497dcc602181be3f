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

/** "Which university released the most datasets?": publishers ranked by how many entries name them. */
class PublisherRankingTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SongA").released("2024-05-01").publisher("东湖大学")
                    .description("SongA 是一个鸟类鸣叫录音数据集。"),
            entry("CourtB").released("2023-05-01").publisher("东湖大学", "某科技公司")
                    .description("CourtB 是一个法院判决文书数据集。"),
            entry("SongC").released("2022-05-01").publisher("西山研究院")
                    .description("SongC 是一个鸟类鸣叫视频数据集。"),
            entry("CourtD").released("2021-05-01").publisher("西山研究院")
                    .description("CourtD 是一个庭审记录数据集。"),
            entry("SongE").released("2020-05-01").publisher("西山研究院", "南岭大学")
                    .description("SongE 是一个鸟类鸣叫标注数据集。"));

    @Test
    void theUniversityWithTheMostEntriesIsTheAnswer() {
        // was "Nothing in the catalog matches that question"
        Answer a = bot.ask("which university released the most datasets?");
        assertEquals(Set.of("songa", "courtb"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("东湖大学") && a.markdown().contains("**2**"), a.markdown());
        Answer any = bot.ask("哪个机构发布的数据集最多？");
        assertEquals(Set.of("songc", "courtd", "songe"), Set.copyOf(ids(any)), any.markdown());
        assertTrue(any.markdown().contains("西山研究院") && any.markdown().contains("**3**"), any.markdown());
    }

    @Test
    void theOtherWordsSelectTheEntriesCounted() {
        Answer a = bot.ask("哪个机构发布的鸟类数据集最多？");
        assertEquals(Set.of("songc", "songe"), Set.copyOf(ids(a)), a.markdown());
        Answer older = bot.ask("who published the most datasets before 2023?");
        assertEquals(Set.of("songc", "courtd", "songe"), Set.copyOf(ids(older)), older.markdown());
    }

    @Test
    void aSuperlativeOfOneDatasetIsNoPublisherRanking() {
        Answer a = bot.ask("which institution released the most recent dataset?");
        assertEquals(List.of("songa"), ids(a), a.markdown());
    }

    @Test
    void noPublisherOfTheKindAskedIsSaidPlainly() {
        // 庭审 selects CourtD alone, published by an institute: no university to rank, and no entry cited as if it were
        Answer a = bot.ask("哪所大学发布的庭审数据集最多？");
        assertEquals(List.of(), ids(a), a.markdown());
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
        assertTrue(a.markdown().contains("没有写大学"), a.markdown());
    }

    @Test
    void theRankingIsPartOfThePlanNotARouteBesideIt() {
        var grounded = (GroundedAnswerer) bot.answerer();
        QueryPlan p = grounded.plan(Question.of("哪个机构发布的鸟类数据集最多？"));
        assertTrue(p.publishersRanked().isPresent(), p.toString());
        assertTrue(p.subjects().stream().anyMatch(s -> s.text().contains("鸟类")), p.toString());
        assertTrue(grounded.plan(Question.of("which institution released the most recent dataset?")).publishersRanked().isEmpty());
    }
}
