package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.core.TestEngines;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private final NameIndex names = TestEngines.seeds().retriever().names();

    private List<String> ids(String q) {
        return names.find(q).stream().map(m -> m.dataset().id()).toList();
    }

    @Test
    void exactAliasCaseAndPunctuationInsensitive() {
        assertEquals(List.of("laion-5b"), ids("laion 5b"));
        assertEquals(List.of("medtrinity-25m"), ids("Medtrinity25m"));
        assertEquals(List.of("wudaomm"), ids("wudao mm"));
        assertEquals(List.of("openvid-1m"), ids("openvid1m"));
        assertEquals(List.of("ario"), ids("all robots in one"));
        assertEquals(List.of("taisu"), ids("太素是什么"));
        assertEquals(List.of("mintrec2-0"), ids("MIntRec 2.0"));
    }

    @Test
    void typosAndSizeLessNames() {
        assertEquals(List.of("infinity-mm"), ids("infinty-mm"));
        assertEquals(List.of("openvid-1m"), ids("OpenVid"));
        assertEquals(List.of("medtrinity-25m"), ids("MedTrinity"));
    }

    @Test
    void longestNameWinsAndWordsAreNotNames() {
        assertEquals(List.of("sharegpt4video"), ids("ShareGPT4Video"));
        assertEquals(List.of("sharegpt4v", "sharegpt4video"), ids("compare ShareGPT4V with ShareGPT4Video"));
        assertTrue(ids("touch datasets for robots").isEmpty(), "a topic word is not Touch100k");
        assertTrue(ids("which datasets are medical").isEmpty());
    }

    @Test
    void typoDistanceIsBounded() {
        assertEquals(1, Typos.distance("infinty", "infinity", 2));
        assertEquals(1, Typos.distance("ab", "ba", 2), "a transposition is one edit");
        assertEquals(3, Typos.distance("abcdef", "uvwxyz", 2), "stops at bound + 1");
    }
}
