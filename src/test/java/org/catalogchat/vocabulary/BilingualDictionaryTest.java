package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BilingualDictionaryTest {
    @Test
    void theShippedDictionaryLoadsQuicklyAndIsClean() {
        long start = System.nanoTime();
        BilingualDictionary dictionary = BilingualDictionary.load();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("dictionary: " + dictionary.size() + " headwords loaded in " + ms + " ms");
        assertTrue(dictionary.size() > 90_000, "size " + dictionary.size());
        assertTrue(dictionary.source().contains("CC BY-SA 4.0"), dictionary.source());
        assertEquals(List.of("remote sensing"), dictionary.glosses("遥感"));
        assertEquals(List.of("sign language"), dictionary.glosses("手语"));
        assertTrue(dictionary.glosses("法律").contains("law"));
        assertFalse(dictionary.glosses("法律").stream().anyMatch(g -> g.startsWith("CL:")), "classifiers dropped");
        assertTrue(dictionary.glosses("光学字符识别").contains("OCR"), "an acronym in parentheses is a gloss");
        assertTrue(dictionary.glosses("谷歌").get(0).startsWith("Google"), "variant-of rows merged away");
        assertTrue(dictionary.contains("X光"));
        assertFalse(dictionary.contains("不是一个词语"));
        // CC-CEDICT writes the radical note both as "Kangxi radical 104" and "Kang Xi radical 104" (疒); neither is
        // a sense anybody writes in a dataset description, so the build script drops both spellings.
        for (int k = 0; k < dictionary.size(); k++) {
            String raw = dictionary.rawGlosses(dictionary.headword(k));
            assertFalse(raw.matches("(?is).*kang ?xi radical.*"), dictionary.headword(k) + ": " + raw);
        }
    }

    @Test
    void theHeadwordsGlossingAWordAreTheOnesAScanOfTheFirstSensesFinds() {
        BilingualDictionary dictionary = BilingualDictionary.load();
        var raw = new ArrayList<String>();
        for (int k = 0; k < dictionary.size(); k++) raw.add(dictionary.rawGlosses(dictionary.headword(k)));
        for (String word : List.of("rainfall", "precipitation", "sea", "stock", "recognize", "run", "data", "law", "x")) {
            for (int senses = 1; senses <= BilingualDictionary.INDEXED_SENSES; senses++) {
                for (int limit : new int[] {1, 8, 1000}) {
                    assertEquals(scan(dictionary, raw, word, senses, limit), dictionary.glossing(word, senses, limit),
                            word + ", " + senses + " senses, limit " + limit);
                }
            }
        }
        assertTrue(dictionary.glossing("rainfall", 2, 8).stream().anyMatch(e -> e.getKey().equals("降雨")));
        assertTrue(dictionary.glossing("run", 2, 1000).size() > 1, "a verb gloss ('to run') counts too");
    }

    /** The reference: every headword in order, its first senses compared as text. */
    private static List<Map.Entry<String, String>> scan(BilingualDictionary d, List<String> raws, String word, int senses,
                                                        int limit) {
        var out = new ArrayList<Map.Entry<String, String>>();
        for (int k = 0; k < d.size() && out.size() < limit; k++) {
            String[] glosses = raws.get(k).split("\\t", -1);
            for (int i = 0; i < Math.min(senses, glosses.length); i++) {
                if (glosses[i].equals(word) || glosses[i].equals("to " + word)) {
                    out.add(Map.entry(d.headword(k), raws.get(k)));
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void loadsInTheBackground() {
        assertTrue(BilingualDictionary.loadInBackground().join().contains("数据集"));
    }

    @Test
    void readsTheFormat() throws IOException {
        var d = BilingualDictionary.read(gzip("# test data\n甲乙\tto a\tb, c\n乙丙\tb\n𠀀丁\t~d\n坏行\n"));
        assertEquals(3, d.size(), "a line without glosses is skipped");
        assertEquals("test data", d.source());
        assertEquals(List.of("a", "b, c"), d.glosses("甲乙"));
        assertEquals(List.of("d"), d.glosses("𠀀丁"), "a character outside the BMP");
        assertFalse(d.contains("坏行"));
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    void theEmptyDictionaryFindsNothing() {
        var v = BilingualDictionary.empty().restrictTo(List.of("遥感卫星影像 remote sensing"));
        assertEquals(0, v.size());
        assertTrue(v.toChinese("remote sensing").isEmpty());
        assertTrue(v.writes("remote sensing"), "literal matches still work");
        assertEquals(List.of(), v.toEnglish("遥感"));
    }
}
