package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.vocabulary.BilingualDictionary;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.junit.jupiter.api.Test;

/** Which English words qualify a topic (adverbs, participles after a noun, a relative clause's verbs) and which name it. */
class ModifierWordsTest {
    private static final Optional<CatalogVocabulary> VOCABULARY = Optional.of(BilingualDictionary.load()
            .restrictTo(List.of("昆虫", "图像", "海洋", "温度", "基因", "测序")));

    @Test
    void aRelativeClausesVerbQualifiesItsObjectStaysTheThingAsked() {
        assertEquals(Set.of("damage"), ModifierWords.in("images of insects that damage crops", VOCABULARY));
        // the clause's last word stays asked: the dictionary cannot tell "crops" from the verb "to crop"
        assertEquals(Set.of("fold"), ModifierWords.in("robots that fold laundry", VOCABULARY));
    }

    @Test
    void adverbsAndParticiplesAfterANounQualify() {
        assertEquals(Set.of("fully"), ModifierWords.in("genes of people from many populations around the world, fully sequenced", VOCABULARY));
        assertEquals(Set.of("drifting", "measure"), ModifierWords.in("floats drifting in the ocean that measure temperature", VOCABULARY));
        assertEquals(Set.of("written"), ModifierWords.in("photo captions written in Chinese", VOCABULARY));
    }

    @Test
    void nounsAndTheQuestionsFrameDoNot() {
        // "family" and "anomaly" end in -ly but are no adverbs; a clause after "datasets" is the question's frame
        assertEquals(Set.of(), ModifierWords.in("family photos and anomaly detection", VOCABULARY));
        assertEquals(Set.of(), ModifierWords.in("datasets that cover insects", VOCABULARY));
        assertEquals(Set.of(), ModifierWords.in("which datasets have insects", VOCABULARY));
    }
}
