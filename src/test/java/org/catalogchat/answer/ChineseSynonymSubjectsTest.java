package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese question in everyday words reaches entries written in the catalog's own terms (肠子 → 肠道, 老人 →
 * 老年人), while a word that only shares a dictionary gloss with a catalog word (结构 "structure" and 机构) stays a word
 * the catalog does not have.
 */
class ChineseSynonymSubjectsTest {
    private static final String CATALOG = """
            ### GutPolyps

            - 发布时间：2019-01-01
            - 发布机构：某医院
            - 数据集说明：GutPolyps 收录1,000张肠道息肉内镜图像，每张配有医生勾画的分割掩码。

            ### ElderSurvey

            - 发布时间：2013-01-01
            - 发布机构：某大学
            - 数据集说明：ElderSurvey 是一项针对45岁以上老年人的健康与退休追踪调查。

            ### NosePolyps

            - 发布时间：2021-01-01
            - 发布机构：某医院
            - 数据集说明：NosePolyps 收录500张鼻腔息肉内镜图像。

            ### HealthPanel

            - 发布时间：2015-01-01
            - 发布机构：某大学
            - 数据集说明：HealthPanel 是一项针对大学生的健康追踪调查。

            ### CityTaxi

            - 发布时间：2016-01-01
            - 发布机构：某市交通委员会
            - 数据集说明：CityTaxi 是出租车行程记录，每条记录包括上下车时间、地点和车费。

            ### ProteinSeq

            - 发布时间：2020-01-01
            - 发布机构：某研究所
            - 数据集说明：ProteinSeq 收录两千万条蛋白质序列，由多家机构联合整理，用于功能预测。
            """;

    @TempDir
    static Path dir;
    private static GroundedAnswerer answerer;

    @BeforeAll
    static void load() throws Exception {
        answerer = (GroundedAnswerer) FixtureCatalog.answererOver(dir, CATALOG);
    }

    private static Answer ask(String q) {
        return answerer.answer(Question.of(q));
    }

    @Test
    void aColloquialWordFindsTheEntriesWritingTheCatalogsWord() {
        Answer gut = ask("有没有肠子息肉的数据？");
        assertEquals(List.of("gutpolyps"), ids(gut), gut.markdown());
        // 老人 in order inside 老年人: the catalog's word is a form of the asked one (which entries then count is
        // the membership's decision, not the vocabulary's)
        Subject elder = answerer.plan(Question.of("关于老人健康的调查")).subjects().get(0);
        assertEquals(List.of("老人", "老年人"), elder.forms());
    }

    @Test
    void aVerbWhoseObjectTheCatalogWritesIsTheTopicNotTheAsking() {
        // 打车 is only a verb to the dictionary ("to take a taxi"), so it was read as how the question is asked
        Answer taxi = ask("有哪些打车的数据");
        assertEquals(List.of("citytaxi"), ids(taxi), taxi.markdown());
    }

    @Test
    void aWordSharingOnlyAGlossStaysNotInTheCatalog() {
        // 结构 "structure" is also a sense of 机构, which every entry writes (发布机构): no bridge, no list
        Answer structure = ask("有没有蛋白质结构的数据？");
        Subject asked = answerer.plan(Question.of("有没有蛋白质结构的数据？")).subjects().stream()
                .filter(x -> x.text().equals("结构")).findFirst().orElseThrow();
        assertEquals(List.of("结构"), asked.forms());
        assertTrue(ids(structure).isEmpty(), structure.markdown());
        assertTrue(structure.markdown().contains("结构"), structure.markdown());
    }
}
