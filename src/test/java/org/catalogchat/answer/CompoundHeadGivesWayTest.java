package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A compound topic ("chess games") whose generic head the entries it is about write otherwise (对局, not 游戏): the
 * narrow modifier answers, and the answer names the head no entry writes with it. The head gives way only to a
 * modifier that is the distinctive part (no more entries write it than write the head) and narrow (a tenth of the
 * catalog at most): 视频 of "video games", written by a fifth of the catalog, and 基因 of "gene editing", written by
 * more entries than 编辑, answer nothing by themselves. Each entry must be near the whole compound in meaning, so
 * the catalog is loaded with MiniLM, the model that threshold is calibrated on.
 */
class CompoundHeadGivesWayTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.withMiniLm(
            entry("ChessBase").released("2013-01-01").publisher("某网站")
                    .description("ChessBase 是免费开源国际象棋网站公开的对局数据库，从2013年起每月发布一个 PGN 格式的压缩文件，"
                            + "收录当月在网站上下的所有标准对局，部分对局带有引擎的评估。"),
            entry("SoccerStats").released("2016-01-01").publisher("某人")
                    .description("SoccerStats 是一个欧洲足球比赛数据库，球员属性取自一款足球游戏。"),
            entry("PuzzlePlay").released("2019-01-01").publisher("某公司")
                    .description("PuzzlePlay 收录了玩家在一款解谜游戏中的操作日志。"),
            entry("ArcadeLogs").released("2020-01-01").publisher("某公司")
                    .description("ArcadeLogs 记录了街机游戏的画面和按键。"),
            entry("CardTable").released("2017-06-01").publisher("某公司")
                    .description("CardTable 收录了纸牌游戏的牌局记录。"),
            entry("StreetClips").released("2018-01-01").publisher("某大学")
                    .description("StreetClips 是一个街景视频数据集，包含1万段视频。"),
            entry("DanceClips").released("2019-06-01").publisher("某大学")
                    .description("DanceClips 是一个舞蹈视频数据集。"),
            entry("CookClips").released("2021-01-01").publisher("某大学")
                    .description("CookClips 是一个烹饪视频数据集。"),
            entry("SignClips").released("2020-01-01").publisher("某大学")
                    .description("SignClips 是一个手语视频数据集。"),
            entry("CellAtlas").released("2017-01-01").publisher("某研究所")
                    .description("CellAtlas 记录了人体细胞的基因表达。"),
            entry("BrainAtlas").released("2012-01-01").publisher("某研究所")
                    .description("BrainAtlas 给出了小鼠大脑的基因表达图谱。"),
            entry("OpenMap").released("2004-08-01").publisher("某基金会")
                    .description("OpenMap 是一个任何人都可以编辑的世界地图。"),
            entry("StarSurvey").released("2000-01-01").publisher("某天文台")
                    .description("StarSurvey 是一个巡天观测的恒星光谱数据集。"),
            entry("RainGauge").released("2011-01-01").publisher("某气象局")
                    .description("RainGauge 收录了气象站的降水观测记录。"),
            entry("TaxiTrips").released("2009-01-01").publisher("某委员会")
                    .description("TaxiTrips 是出租车行程记录，包括上下车时间和车费。"),
            entry("LawCases").released("2018-06-01").publisher("某大学")
                    .description("LawCases 是一个刑事案件判决书语料。"),
            entry("MoleculeSet").released("2014-01-01").publisher("某大学")
                    .description("MoleculeSet 是一个小分子量子化学性质数据集。"),
            entry("BirdSongs").released("2015-01-01").publisher("某大学")
                    .description("BirdSongs 收录了鸟类鸣叫的录音。"),
            entry("CrowdCount").released("2016-06-01").publisher("某大学")
                    .description("CrowdCount 是一个人群计数数据集，标注了人头位置。"),
            entry("FoodPhotos").released("2014-06-01").publisher("某大学")
                    .description("FoodPhotos 是一个菜品图像分类数据集。"),
            entry("PowerUse").released("2010-01-01").publisher("某大学")
                    .description("PowerUse 记录了一户家庭的用电数据。"));

    private static Answer ask(String q) {
        return bot.ask(q);
    }

    private static Set<String> ids(String q) {
        return Set.copyOf(ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void theGenericHeadGivesWayToANarrowModifier() {
        // ChessBase writes 国际象棋 and says its games 对局; the entries writing 游戏 are about other games
        assertEquals(Set.of("chessbase"), ids("chess games"));
        String answer = ask("chess games").markdown();
        assertFalse(answer.contains("Not in the catalog"), answer);
        assertTrue(answer.contains("games"), answer); // the head no entry writes with chess is named
    }

    @Test
    void aBroadModifierDoesNotAnswerAlone() {
        // 视频 is written by four of twenty-one entries (游戏 by four too): a video dataset is not a video game one
        Set<String> got = ids("Any video game datasets?");
        assertTrue(got.stream().noneMatch(id -> id.endsWith("clips")), got.toString());
    }

    @Test
    void aModifierCommonerThanTheHeadIsNotTheDistinctivePart() {
        // 基因 is written by two entries, 编辑 by one: "gene editing" asks for the editing, which gene atlases lack
        Set<String> got = ids("gene editing datasets?");
        assertFalse(got.contains("cellatlas") || got.contains("brainatlas"), got.toString());
    }
}
