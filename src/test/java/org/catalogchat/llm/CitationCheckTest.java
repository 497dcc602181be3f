package org.catalogchat.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.nio.file.Path;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.retrieval.NameIndex;
import org.junit.jupiter.api.Test;

/** The citation check on its own: citations, names, numbers in either unit system, dates, links. */
class CitationCheckTest {
    @TempDir
    static Path dir;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = LlmCatalog.CATALOG.catalog(dir);
    }

    private final CitationCheck check = new CitationCheck(new NameIndex(catalog, Glossary.bundled()),
            new EntryFacts(Glossary.bundled()));
    private final Dataset infinity = catalog.byId("infinity-mm").orElseThrow();
    private final Dataset medtrinity = catalog.byId("medtrinity-25m").orElseThrow();
    private final List<Dataset> both = List.of(infinity, medtrinity);

    private CitationCheck.Verdict verdict(String text) {
        return check.check(text, both, "Tell me about Infinity-MM and MedTrinity-25M");
    }

    @Test
    void numbersMatchInEitherUnitSystem() {
        for (String size : List.of("43 million", "4300万", "43M", "4,300万", "43,000,000", "4.3千万")) {
            assertTrue(verdict("Infinity-MM has " + size + " samples [1].").ok(), size);
        }
        assertTrue(verdict("MedTrinity-25M has over 25M images [2], Infinity-MM about 10TB of data [1].").ok());
        assertTrue(verdict("MedTrinity-25M 包含超过2,500万张图像 [2]。").ok());
    }

    @Test
    void anumberFromAnEntryThatIsNotCitedFails() {
        CitationCheck.Verdict v = verdict("Infinity-MM has 25 million samples [1].");
        assertFalse(v.ok());
        assertTrue(v.reason().contains("25 million"), v.reason());
    }

    @Test
    void inventedNumbersFail() {
        assertFalse(verdict("Infinity-MM has 44 million samples [1].").ok());
        assertFalse(verdict("Infinity-MM 有 4400万 条数据 [1]。").ok());
    }

    @Test
    void datesOrdinalsAndNameDigitsAreNotNumbers() {
        CitationCheck.Verdict v = verdict("Two datasets:\n\n1. Infinity-MM, released " + infinity.released() + " [1]\n"
                + "2. MedTrinity-25M, released in August 2024 [2]");
        assertTrue(v.ok(), v.reason());
        assertEquals(List.of(1, 2), v.cited());
    }

    @Test
    void namesOutsideTheCatalogFail() {
        CitationCheck.Verdict v = verdict("Infinity-MM [1] is larger than ImageNet-21K.");
        assertFalse(v.ok());
        assertTrue(v.reason().contains("ImageNet-21K"), v.reason());
        assertFalse(verdict("Infinity-MM [1] is like LAION-400M.").ok());
        assertTrue(verdict("Infinity-MM [1] comes from the same institute as WuDaoMM.").ok(), "another catalog name is fine");
    }

    @Test
    void citationsMustPointAtGivenEntries() {
        assertFalse(verdict("Infinity-MM [3].").ok());
        assertFalse(verdict("Infinity-MM [0].").ok());
        assertFalse(verdict("Infinity-MM is big.").ok());
        assertEquals(List.of(2, 1), verdict("MedTrinity-25M [2] and Infinity-MM [1, 2].").cited());
    }

    @Test
    void linksMustBeTheGivenEntriesPages() {
        assertTrue(verdict("See [Infinity-MM](" + infinity.url() + ") [1].").ok());
        assertFalse(verdict("See [Infinity-MM](https://example.com/infinity) [1].").ok());
    }

    @Test
    void renumberingFollowsTheOrderOfFirstCitation() {
        assertEquals("A [1], B [2], both [1, 2].", Citations.renumber("A [2], B [1], both [2, 1].", List.of(2, 1)));
    }
}
