package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Which university released the most datasets?": publishers ranked by how many entries name them. */
class PublisherRankingTest {
    @TempDir
    static Path dir;
    private static Answerer answerer;

    @BeforeAll
    static void load() {
        answerer = FixtureCatalog.of(
                entry("SongA").released("2024-05-01").publisher("东湖大学")
                        .description("SongA 是一个鸟类鸣叫录音数据集。"),
                entry("CourtB").released("2023-05-01").publisher("东湖大学", "某科技公司")
                        .description("CourtB 是一个法院判决文书数据集。"),
                entry("SongC").released("2022-05-01").publisher("西山研究院")
                        .description("SongC 是一个鸟类鸣叫视频数据集。"),
                entry("CourtD").released("2021-05-01").publisher("西山研究院")
                        .description("CourtD 是一个庭审记录数据集。"),
                entry("SongE").released("2020-05-01").publisher("西山研究院", "南岭大学")
                        .description("SongE 是一个鸟类鸣叫标注数据集。"))
                .engine(dir).answerer();
    }

    private static Answer ask(String q) {
        return answerer.answer(Question.of(q));
    }

    @Test
    void theUniversityWithTheMostEntriesIsTheAnswer() {
        // was "Nothing in the catalog matches that question"
        Answer a = ask("which university released the most datasets?");
        assertEquals(Set.of("songa", "courtb"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("东湖大学") && a.markdown().contains("**2**"), a.markdown());
        Answer any = ask("哪个机构发布的数据集最多？");
        assertEquals(Set.of("songc", "courtd", "songe"), Set.copyOf(ids(any)), any.markdown());
        assertTrue(any.markdown().contains("西山研究院") && any.markdown().contains("**3**"), any.markdown());
    }

    @Test
    void theOtherWordsSelectTheEntriesCounted() {
        Answer a = ask("哪个机构发布的鸟类数据集最多？");
        assertEquals(Set.of("songc", "songe"), Set.copyOf(ids(a)), a.markdown());
        Answer older = ask("who published the most datasets before 2023?");
        assertEquals(Set.of("songc", "courtd", "songe"), Set.copyOf(ids(older)), older.markdown());
    }

    @Test
    void aSuperlativeOfOneDatasetIsNoPublisherRanking() {
        Answer a = ask("which institution released the most recent dataset?");
        assertEquals(List.of("songa"), ids(a), a.markdown());
    }
}
