package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenAbbreviationsTest {

    @Test
    void aShortFormInBracketsAfterTheNameOrIntroducedAsSuchIsAName() {
        assertEquals(List.of("CAP"), WrittenAbbreviations.of(List.of("Caselaw Access Project（判例法项目）", "Caselaw Access Project"),
                "Caselaw Access Project（CAP）是一个判例数据库。"));
        assertEquals(List.of("MP3D"), WrittenAbbreviations.of(List.of("Matterport3D"), "论文发表于 3DV 2017，常被简称为 MP3D。"));
        assertEquals(List.of("OSM"), WrittenAbbreviations.of(List.of("OpenStreetMap"), "OpenStreetMap, also known as OSM, is a map."));
    }

    @Test
    void aBracketOrShortFormAboutSomethingElseIsNot() {
        // the bracket follows an institution, not the entry's name
        assertEquals(List.of(), WrittenAbbreviations.of(List.of("Moments in Time"), "由麻省理工学院（MIT）发布。"));
        // introduced, but its letters are not the entry's
        assertEquals(List.of(), WrittenAbbreviations.of(List.of("Kepler Light Curves"), "美国国家航空航天局（简称NASA）发布。"));
        // a lower-case word in brackets is a gloss, not an abbreviation
        assertEquals(List.of(), WrittenAbbreviations.of(List.of("Caselaw Access Project"), "Caselaw Access Project (cap) 是…"));
        // already a name
        assertEquals(List.of(), WrittenAbbreviations.of(List.of("GDELT"), "GDELT（GDELT）"));
    }

    @Test
    void anAbbreviationTakesTheNamesLettersInOrderFromTheFirst() {
        assertTrue(WrittenAbbreviations.abbreviates("MP3D", "Matterport3D"));
        assertTrue(WrittenAbbreviations.abbreviates("HCA", "Human Cell Atlas"));
        assertFalse(WrittenAbbreviations.abbreviates("PCA", "Human Cell Atlas"));
        assertFalse(WrittenAbbreviations.abbreviates("HTC", "Human Cell Atlas")); // T only after the last C
        assertFalse(WrittenAbbreviations.abbreviates("MNIST", "MNIST"));
    }

    @Test
    void aFullNameSpelledOutInBracketsAfterTheShortOneIsAName() {
        assertEquals(List.of("Stanford Sentiment Treebank"), WrittenAbbreviations.spelledOut(List.of("SST（情感树库）", "SST"),
                "SST（Stanford Sentiment Treebank）是一个情感分析数据集。"));
        assertEquals(List.of("Dataset for Object deTection in Aerial images"), WrittenAbbreviations.spelledOut(List.of("DOTA"),
                "DOTA（Dataset for Object deTection in Aerial images - DOTA）是航空图像数据集。"));
        assertEquals(List.of("CelebFaces Attributes Dataset"), WrittenAbbreviations.spelledOut(List.of("CelebA"),
                "CelebA（CelebFaces Attributes Dataset）是人脸属性数据集。"));
        // words in brackets that the name does not abbreviate: a source, a publisher, a gloss
        assertEquals(List.of(), WrittenAbbreviations.spelledOut(List.of("IMDb Reviews"), "IMDb Reviews（Large Movie Review Dataset）是影评数据集。"));
        assertEquals(List.of(), WrittenAbbreviations.spelledOut(List.of("MIND"), "MIND（Microsoft News）来自微软新闻。"));
        assertEquals(List.of(), WrittenAbbreviations.spelledOut(List.of("SST"), "SST（2013）是一个数据集。"));
        // a name inside a longer word is not that name
        assertEquals(List.of(), WrittenAbbreviations.spelledOut(List.of("SST"), "XSST（Sorted Set of Terms）"));
    }
}
