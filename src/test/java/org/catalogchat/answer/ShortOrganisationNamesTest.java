package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A publisher the catalog writes in the short Chinese form of the organisation the question names in full
 * (中科院自动化所… for 中国科学院自动化研究所) is that organisation's: counts and lists include it.
 */
class ShortOrganisationNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("GaitViews").released("2006-08-01").publisher("中国科学院自动化研究所（CASIA）")
                    .description("GaitViews 是多视角步态数据库。"),
            entry("HandMoves").released("2018-05-01").publisher("中国科学院自动化研究所")
                    .description("HandMoves 是第一人称手势数据集。"),
            entry("IrisScans").released("2010-12-14").publisher("中科院自动化所生物识别与安全技术研究中心（CBSR）")
                    .description("IrisScans 是虹膜图像数据库。"),
            entry("CityFaces").released("2012-01-01").publisher("中国科学院大学")
                    .description("CityFaces 是人脸图像数据集。"),
            entry("CampusWalk").released("2015-01-01").publisher("北京大学")
                    .description("CampusWalk 是校园行人数据集。"));

    @Test
    void theInstituteWrittenShortIsCounted() {
        // was 2: IrisScans's publisher, written 中科院自动化所…, was not read as the institute
        Answer a = bot.ask("中国科学院自动化研究所发布了几个数据集？");
        assertEquals(Set.of("gaitviews", "handmoves", "irisscans"), Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("3"), a.markdown());
    }

    @Test
    void shortFormsOfAnAskedName() {
        var names = new ShortOrganisationNames(List.of(new Glossary.Publisher("中国科学院", "Chinese Academy of Sciences",
                List.of("CAS", "中科院")), new Glossary.Publisher("北京智源人工智能研究院", "BAAI", List.of("智源"))));
        assertTrue(names.of("中国科学院自动化研究所").contains("中科院自动化所"));
        assertTrue(names.of("中国科学院自动化研究所").contains("中国科学院自动化所"));
        // the organisation alone finds its short names through the glossary already; no form of a name without one
        assertEquals(List.of(), names.of("中国科学院"));
        assertEquals(List.of(), names.of("北京理工大学"));
        // a short name that does not open with the name's first character is no abbreviation of it
        assertFalse(ShortOrganisationNames.abbreviates("智源", "北京智源人工智能研究院"));
        assertTrue(ShortOrganisationNames.abbreviates("中科院", "中国科学院"));
    }
}
