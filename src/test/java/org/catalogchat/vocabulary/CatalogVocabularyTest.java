package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogVocabularyTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();

    private static final String REMOTE_SENSING = "该数据集收集了高分辨率遥感影像，由多颗卫星拍摄，覆盖城市与农田。";
    private static final String SIGN_AND_SPEECH = "中国手语视频数据集，由聋人录制；另含普通话语音识别数据，记录了两百位说话人的语音。";
    private static final String LAW = "法律问答数据集，收集了裁判文书与法律条文。";

    private static CatalogVocabulary vocabulary(String... texts) {
        return DICTIONARY.restrictTo(List.of(texts));
    }

    private static String best(CatalogVocabulary vocabulary, String english) {
        List<Translation> found = vocabulary.toChinese(english);
        return found.isEmpty() ? null : found.get(0).chinese();
    }

    @Test
    void multiWordGlossesTranslateAsAWhole() {
        var v = vocabulary(REMOTE_SENSING, SIGN_AND_SPEECH);
        assertEquals("遥感", best(v, "remote sensing"));
        assertEquals("手语", best(v, "sign language"));
        assertEquals("语音识别", best(v, "speech recognition"));
        var first = v.toChinese("Remote Sensing").get(0);
        assertEquals(Translation.Match.WHOLE_GLOSS, first.match());
        assertTrue(first.score() >= 0.85, "a whole main sense, used once: " + first);
    }

    @Test
    void pluralsAndCaseDoNotMatter() {
        var v = vocabulary(REMOTE_SENSING, SIGN_AND_SPEECH);
        assertEquals("卫星", best(v, "satellite"));
        assertEquals("卫星", best(v, "Satellites"));
        assertEquals("视频", best(v, "videos"));
        assertEquals("数据集", best(v, "datasets"));
    }

    @Test
    void speechFindsTheCatalogsWordForIt() {
        var v = vocabulary(SIGN_AND_SPEECH);
        assertEquals("语音", best(v, "speech"));
    }

    @Test
    void speechPrefersTheTermTheCatalogKeepsUsing() {
        // 报告 is "report; … speech" (a late sense); 语音 is "speech" inferred from 语音合成 & co.
        var v = vocabulary("技术报告见论文。", SIGN_AND_SPEECH, "语音合成与语音增强的语音数据，共一千小时语音。");
        assertEquals("语音", best(v, "speech"), v.toChinese("speech").toString());
    }

    @Test
    void aWeakWordCountsWhenTheCatalogWritesItsTermNextToTheOthers() {
        // "social" is only inside 社交's "social contact"; the catalog writes 社交网络
        var v = vocabulary("数据来自社交网络、分子图与引文网络。");
        var spans = v.translate("is there a social network dataset");
        Span social = spans.stream().filter(s -> s.text().equals("social")).findFirst().orElseThrow(() -> new AssertionError(spans.toString()));
        assertEquals("社交", social.best());
        assertTrue(social.translations().get(0).score() >= 0.5, social.toString());
        assertTrue(spans.stream().anyMatch(s -> s.text().equals("network") && s.best().equals("网络")), spans.toString());
        // the words stay apart: "tactile datasets" is 触觉 + 数据集, not one entry's 触觉数据集
        var tactile = vocabulary("触觉数据集。", "视觉与触觉的数据集。").translate("tactile datasets");
        assertEquals(List.of("触觉", "数据集"), tactile.stream().map(Span::best).toList(), tactile.toString());
        assertTrue(tactile.get(0).translations().get(0).score() >= 0.3, tactile.toString());
        // without the catalog writing them together, the weak word stays weak
        var alone = vocabulary("社交平台的用户；网络结构。").translate("social network");
        assertTrue(alone.get(0).translations().stream().allMatch(t -> t.score() < 0.3), alone.toString());
    }

    @Test
    void aWordThatHeadsALongerGlossReachesItsTerm() {
        // 智能体 is "intelligent agent": an agent; "social" of 社交 "social contact" only modifies
        var v = vocabulary("家务任务的指令，由智能体执行。", "社交平台。");
        Span agents = v.translate("instructions for agents").get(1);
        assertEquals("智能体", agents.best());
        assertTrue(agents.translations().get(0).score() >= 0.3, agents.toString());
        Span social = v.translate("social").get(0);
        assertTrue(social.translations().stream().allMatch(t -> t.score() < 0.3), social.toString());
    }

    @Test
    void legalIsLawOnlyWhenTheCatalogSaysSo() {
        var withLaw = vocabulary(LAW);
        Translation legal = withLaw.toChinese("legal").get(0);
        assertEquals("法律", legal.chinese());
        assertTrue(legal.inferred(), "法律 is glossed \"law\"; \"legal\" comes from its compounds");
        assertTrue(vocabulary(REMOTE_SENSING, SIGN_AND_SPEECH).toChinese("legal").isEmpty());
    }

    @Test
    void aPhraseTheDictionaryLacksIsComposedFromWordsTheCatalogWritesTogether() {
        var v = vocabulary("包含十万张胸部X光图像。");
        Translation t = v.toChinese("chest x-rays").get(0);
        assertEquals("胸部X光", t.chinese());
        assertEquals(Translation.Match.COMPOSED, t.match());
        assertTrue(vocabulary("胸部CT与X光。").toChinese("chest x-rays").isEmpty(), "not written together");
    }

    @Test
    void translateKeepsWordsApartRatherThanComposing() {
        var v = vocabulary("医学影像数据集；医学数据集；疾病诊断。");
        List<Span> spans = v.translate(List.of("how", "many", "medical", "datasets"));
        assertEquals(List.of("many", "medical", "datasets"), spans.stream().map(Span::text).toList());
        assertFalse(spans.get(0).matched(), spans.toString());
        assertEquals("医学", spans.get(1).best());
        assertEquals("数据集", spans.get(2).best());
    }

    @Test
    void aTranslationCountsOnlyWhenTheCatalogUsesIt() {
        assertTrue(vocabulary(LAW).toChinese("law").stream().anyMatch(t -> t.chinese().equals("法律")));
        assertTrue(vocabulary(REMOTE_SENSING).toChinese("law").isEmpty(), "法律 is not in that text");
        assertTrue(vocabulary(REMOTE_SENSING).toChinese("sign language").isEmpty());
        assertTrue(vocabulary(LAW).toChinese("satellite").isEmpty());
    }

    @Test
    void stopWordsAndSingleCharactersMatchNothing() {
        var v = vocabulary(REMOTE_SENSING, SIGN_AND_SPEECH, LAW);
        assertTrue(v.toChinese("of").isEmpty());
        assertTrue(v.toChinese("the to a").isEmpty());
        assertTrue(v.terms().stream().allMatch(t -> t.codePointCount(0, t.length()) >= 2), "no 1-char terms");
        // 的 glosses "of", 了 "(completed action marker)", 与 "and": none may come back for any query.
        assertFalse(v.terms().contains("的"));
        assertTrue(v.toChinese("and").isEmpty());
    }

    @Test
    void anOccurrenceThatStraddlesTwoWordsDoesNotCount() {
        // 数据集中 is 数据集 + 中: 集中 ("to concentrate") is not a word of this text.
        var v = vocabulary("数据集中的图像来自网络。");
        assertTrue(v.terms().contains("数据集"));
        assertFalse(v.terms().contains("集中"), v.terms().toString());
        assertTrue(v.toChinese("concentrate").isEmpty());
    }

    @Test
    void aLongerWordTheForwardCutBreaksIsReadWhole() {
        // forward matching reads 和气 ("friendly") + 溶胶; backward reads 和 + 气溶胶 ("aerosol"), the longer word
        var v = vocabulary("产品包括积雪和气溶胶等。全球蛋白质数据。");
        assertEquals("气溶胶", best(v, "aerosols"), v.terms().toString());
        assertFalse(v.terms().contains("和气"), v.terms().toString());
        // where both cuts agree (全球|蛋白质), a word across them (球蛋白 "globulin") still does not count
        assertFalse(v.terms().contains("球蛋白"), v.terms().toString());
        assertEquals(List.of("积雪", "气溶胶"), v.chineseWords("积雪和气溶胶").stream().map(ChineseWord::text).toList());
    }

    @Test
    void anExactGlossOutranksAWordInsideALongerGloss() {
        var v = vocabulary(REMOTE_SENSING);
        List<Translation> found = v.toChinese("satellite");
        assertEquals("卫星", found.get(0).chinese());
        assertEquals(Translation.Match.WHOLE_GLOSS, found.get(0).match());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).score() <= found.get(i - 1).score(), "ranked by score: " + found);
        }
    }

    @Test
    void translateTakesTheLongestPhraseAndReportsWhatMatchedNothing() {
        var v = vocabulary(REMOTE_SENSING, SIGN_AND_SPEECH);
        List<Span> spans = v.translate(List.of("any", "sign", "language", "or", "legal", "datasets", "?"));
        assertEquals(3, spans.size(), spans.toString());
        assertEquals("sign language", spans.get(0).text());
        assertEquals("手语", spans.get(0).best());
        assertEquals(1, spans.get(0).start());
        assertEquals(3, spans.get(0).end());
        assertEquals("legal", spans.get(1).text());
        assertFalse(spans.get(1).matched(), "no legal term in this catalog");
        assertEquals("数据集", spans.get(2).best());
    }

    @Test
    void inflectedFormsFallBackToTheirBase() {
        var v = vocabulary("本数据集用于驾驶场景理解。");
        assertEquals("驾驶", best(v, "driving"));
        assertTrue(v.toChinese("driving").get(0).score() < 1.0, "a guessed base form scores lower");
    }

    @Test
    void chineseToEnglishGlossesComeFromTheWholeDictionary() {
        var v = vocabulary(REMOTE_SENSING);
        assertEquals(List.of("remote sensing"), v.toEnglish("遥感"));
        assertTrue(v.toEnglish("推荐").contains("recommend"), v.toEnglish("推荐").toString());
        assertEquals(List.of(), v.toEnglish("不是一个词语"));
    }

    @Test
    void anOrganisationMatchesItsFullName() {
        var v = vocabulary("由微软与斯坦福大学发布。");
        Translation microsoft = v.toChinese("Microsoft").get(0);
        assertEquals("微软", microsoft.chinese());
        assertEquals(Translation.Match.GLOSS_HEAD, microsoft.match(), "\"Microsoft Corporation\"");
        assertEquals("斯坦福大学", best(v, "Stanford"));
        assertEquals("清华大学", best(vocabulary("清华大学发布"), "Tsinghua"), "\"Tsinghua University, Beijing\"");
    }

    @Test
    void stopWordsInsideAGlossDoNotBlockAMatch() {
        var v = vocabulary("中文问答数据集。");
        Translation t = v.toChinese("question answering").get(0);
        assertEquals("问答", t.chinese(), "\"question and answer\"");
        assertEquals(Translation.Match.WHOLE_GLOSS, t.match());
    }

    @Test
    void aWordLostInALongGlossIsNoMatch() {
        // 图谱 is "collection of illustrations or sheet music": "music" is a fifth of it.
        assertTrue(vocabulary("知识图谱。").toChinese("music").isEmpty());
        assertTrue(vocabulary("甲骨文释文。").toChinese("oldest").isEmpty(), "\"decipher an old script\"");
    }

    @Test
    void latinWordsTheCatalogWritesAreLiteralMatches() {
        var v = vocabulary("AnyWord-3M 含 OCR 标注，见 https://example.org/ocr-benchmark 。", REMOTE_SENSING);
        List<Span> spans = v.translate(List.of("anything", "for", "OCR", "or", "MMLU", "in", "2024", "?"));
        assertEquals(List.of("anything", "OCR", "MMLU"), spans.stream().map(Span::text).toList(),
                "numbers and stop words get no span");
        assertTrue(spans.get(1).literal());
        assertTrue(spans.get(1).matched());
        assertFalse(spans.get(2).matched(), "MMLU is neither translated nor written");
        assertTrue(v.writes("anyword-3m"));
        assertFalse(v.writes("benchmark"), "words inside a URL do not count");
    }

    @Test
    void anEnglishCatalogGetsGlossesForChineseWords() {
        var v = vocabulary("A corpus of sign language videos recorded by deaf signers.");
        assertEquals(List.of("sign language"), v.catalogGlosses("手语"));
        assertEquals(List.of(), v.catalogGlosses("遥感"));
    }

    @Test
    void chineseWordsOfAQuestionSayWhichTheCatalogUses() {
        var v = vocabulary(REMOTE_SENSING);
        List<ChineseWord> words = v.chineseWords("有没有关于手语的数据集？");
        assertEquals(List.of("有没有", "关于", "手语", "数据集"), words.stream().map(ChineseWord::text).toList());
        ChineseWord sign = words.get(2);
        assertFalse(sign.inCatalog());
        assertEquals(List.of("sign language"), sign.glosses());
        assertEquals(5, sign.start());
        assertTrue(words.get(3).inCatalog());
    }

    @Test
    void irregularPluralsAndDerivedForms() {
        var v = vocabulary("大规模中文语料库，用于代码生成与图像分类。");
        assertEquals("语料库", best(v, "corpora"));
        assertEquals("生成", best(v, "generation"));
        assertEquals("分类", best(v, "classification"));
    }

    @Test
    void aQuestionStringIsSplitAtSpacesAndTrimmedOfPunctuation() {
        var v = vocabulary(REMOTE_SENSING, SIGN_AND_SPEECH);
        List<Span> spans = v.translate("Which sign-language or \"remote sensing\" datasets, from 2024?");
        assertEquals(List.of("sign-language", "remote sensing", "datasets"), spans.stream().map(Span::text).toList());
        assertEquals(List.of("手语", "遥感", "数据集"), spans.stream().map(Span::best).toList());
    }

    @Test
    void aTranslationWinsOverALongerPhraseOnlyWrittenInEnglish() {
        var v = vocabulary("医学影像数据集。MedScan provides medical imaging data for disease diagnosis.");
        List<Span> spans = v.translate("medical imaging datasets from MedScan");
        assertEquals("医学", spans.get(0).best(), spans.toString());
        assertEquals("medical", spans.get(0).text());
        assertTrue(spans.get(0).literal(), "the catalog also writes \"medical\"");
        Span name = spans.get(spans.size() - 1);
        assertEquals("MedScan", name.text());
        assertTrue(name.literal());
        assertTrue(name.matched(), "a name the catalog writes is matched, untranslated");
    }

    @Test
    void aCompoundInAnotherShapeStillFindsTheCatalogsTerm() {
        var v = vocabulary("海底类型注释。众包开放地图。单细胞测序数据。交易图用于反洗钱分类。银行的电话营销活动。");
        assertEquals("海底", best(v, "sea floor"), "spaced compound written as one word (seafloor)");
        assertEquals("众包", best(v, "crowd-sourced"), "hyphenated participle of crowdsourcing");
        assertEquals("单细胞", best(v, "single-cell"), "noun for the -ed adjective (single-celled)");
        assertEquals("洗钱", best(v, "money laundering"), "noun + gerund as the verb phrase (launder money)");
        assertEquals("洗钱", best(v, "anti-money laundering"), "anti- is about what it counters");
        assertEquals("营销", best(v, "telemarketing"), "a closed compound by its head (marketing)");
        assertTrue(v.toChinese("telemarketing").get(0).score() < v.toChinese("marketing").get(0).score());
    }

    @Test
    void aBritishSpellingFindsTheDictionarysAmericanOne() {
        var v = vocabulary("数据可视化与彩色图像。");
        assertEquals("可视化", best(v, "visualisation"));
        assertEquals("彩色", best(v, "colour"));
        assertEquals(List.of("visualization"), EnglishWords.americanSpellings("visualisation"));
        assertEquals(List.of(), EnglishWords.americanSpellings("rise"), "too short to be a spelling variant");
    }

    @Test
    void aReshapedCompoundFindsNothingTheCatalogDoesNotWrite() {
        var v = vocabulary("海底类型注释。银行的电话营销活动。");
        assertTrue(v.toChinese("crowd-sourced").isEmpty());
        assertTrue(v.toChinese("podcasts").isEmpty(), "a word the dictionary knows is not split into parts");
        assertTrue(v.toChinese("leaderboard").isEmpty());
        assertTrue(vocabulary("高分辨率图像与人口普查。").toChinese("demographic").isEmpty(),
                "a head that is only a later sense of a term (图像 'graphic') is no compound head");
    }

    @Test
    void anAcronymDefinedAfterATermIsReadAsThatTerm() {
        var v = vocabulary(SIGN_AND_SPEECH);
        assertEquals(java.util.Optional.of("语音识别"), v.expansion("该数据集主要用于语音识别", "ASR"));
        assertEquals(java.util.Optional.of("语音识别"), v.expansion("主要用于自动语音识别 ", "ASR"), "the shortest term that spells an end of it");
        assertEquals(java.util.Optional.of("自然语言处理"), v.expansion("面向中文的自然语言处理", "NLP"));
        assertTrue(v.expansion("北京大学", "ASR").isEmpty(), "a name in parentheses is no definition");
        assertTrue(v.expansion("语音识别", "MMLU").isEmpty());
        assertEquals(java.util.Optional.of("光学字符识别"), v.expansion("主要用于光学字符识别", "OCR"), "a gloss that is the acronym");
    }

    @Test
    void theDictionaryKnowsSomeAcronymsAsWords() {
        var v = vocabulary(REMOTE_SENSING);
        assertTrue(v.dictionaryKnowsAcronym("GPS"));
        assertTrue(v.dictionaryKnowsAcronym("OCR"));
        assertFalse(v.dictionaryKnowsAcronym("MMLU"));
        assertFalse(v.dictionaryKnowsAcronym("gps"), "case matters: an acronym is written in capitals");
    }

    @Test
    void aGlossWithOrStandsForEachAlternative() {
        assertEquals(List.of(List.of("exercise", "question"), List.of("exam", "question")),
                GlossIndex.alternatives(List.of("exercise", "or", "exam", "question")));
        assertEquals(List.of(), GlossIndex.alternatives(List.of("or", "else")));
        var v = vocabulary("题目取自全国高考真题。");
        Translation t = v.toChinese("exam questions").get(0);
        assertEquals("题目", t.chinese());
        assertEquals(Translation.Match.WHOLE_GLOSS, t.match(), t.toString());
    }

    @Test
    void aChineseCompoundTheCatalogLacksIsReadAsTheTwoWordsItWrites() {
        var v = vocabulary("合成室内场景数据集，房间由专业设计师设计。");
        assertEquals(List.of("家具", "室内", "设计"), v.chineseWords("家具和室内设计").stream().map(ChineseWord::text).toList());
        var without = vocabulary("合成室内场景数据集。");
        assertEquals(List.of("家具", "室内设计"), without.chineseWords("家具和室内设计").stream().map(ChineseWord::text).toList(),
                "one part the catalog never writes: the compound stays whole, and matches nothing");
    }

    @Test
    void anAcronymTheCatalogWritesIsNotTranslatedIntoAnotherSense() {
        var v = vocabulary("包括光学、红外和SAR三种视觉模态。", "由香港大学发布。");
        assertTrue(v.toChinese("SAR").isEmpty(), "SAR is synthetic-aperture radar here, not 香港's 'SAR'");
        Span sar = v.translate("SAR imagery").get(0);
        assertTrue(sar.literal() && sar.translations().isEmpty(), sar.toString());
        assertEquals("香港", best(vocabulary("由香港大学发布。"), "SAR"), "a catalog that does not write it: the dictionary's sense");
    }

    @Test
    void aNounOfActionFoundOnlyInsideLongerGlossesReachesItsVerb() {
        // recognition → recognize (WordNet derived form, same stem) → 识别 "to recognize": a Chinese verb names its action
        var v = vocabulary("用于识别对话中的意图。", "人脸识别数据集。");
        assertEquals("识别", best(v, "recognition"), v.toChinese("recognition").toString());
        // another root is no form of the word: speech is not "speak"
        assertTrue(WordRelations.shipped().sameStemForms("recognition").contains("recognize"));
        assertFalse(WordRelations.shipped().sameStemForms("speech").contains("speak"));
    }

    @Test
    void aDictionaryCompoundTheCatalogWritesOnlyApartIsOneUnmatchedSpan() {
        var apart = vocabulary("含音频与语音，用于识别对话中的意图。");
        var spans = apart.translate("datasets for speech recognition");
        Span phrase = spans.stream().filter(s -> s.end() - s.start() == 2).findFirst()
                .orElseThrow(() -> new AssertionError(spans.toString()));
        assertEquals("speech recognition", phrase.text());
        assertFalse(phrase.matched(), phrase.toString());
        // written as one word, it translates as before
        assertEquals("语音识别", vocabulary("中文语音识别数据集。").translate("speech recognition").get(0).best());
        // a headword that is not the two words put together leaves them apart: "old books" is 古书
        assertEquals(2, vocabulary("收录古代书籍。").translate("old books").size());
        // and so does one whose head the catalog does not write: no 助手 of 语音助手
        assertEquals(2, vocabulary("普通话语音，可供帮助。").translate("voice assistant").size());
    }

    @Test
    void aMisspeltWordIsReadAsTheOnlyWordOneEditAwayThatReachesTheCatalog() {
        var v = vocabulary("文本生成视频的数据集。");
        var spans = v.translate("datsets for text to video generaton?");
        assertEquals(List.of("datasets", "text", "video", "generation"), spans.stream().map(Span::text).toList(), spans.toString());
        assertEquals("数据集", spans.get(0).best());
        assertEquals("生成", spans.get(3).best());
        assertEquals(null, v.correction("modle"), "model, mode, modal: no one word");
        assertEquals(null, v.correction("Waymo"), "a capitalised word may be a name");
        assertEquals(null, v.correction("video"), "a word is no misspelling");
    }

    @Test
    void aWordWordNetKnowsIsNotCorrectedIntoItsNeighbour() {
        // "vocals": CC-CEDICT glosses only "vocal music" and no main sense names "vocal", so the dictionary check
        // passes it; one edit away, "locals" reaches the catalog's 当地人. WordNet relates vocal (vocal music, song):
        // it is a word of the language, left as the asker wrote it
        var v = vocabulary("歌曲分为人声与伴奏，采访当地人。");
        assertEquals(null, v.correction("vocals"));
        // a misspelling no lexicon knows is still corrected
        assertEquals("locals", v.correction("locols"));
    }

    @Test
    void onlyWordsOfOrdinaryLengthAreCorrected() {
        var v = vocabulary("收录 spectrogram 与 pneumonoultramicroscopicsilicovolcanoconiosis 的文本。");
        assertEquals("spectrogram", v.correction("spectogram"), "a word the catalog writes, one letter left out");
        // one letter left out of a word the catalog writes too, but past the longest word worth correcting: the strings
        // one edit away from a token grow with its length, and a hostile question may write one of 1,500 letters
        assertEquals(null, v.correction("pneumonoultramicroscopicsilicovolcanoconioss"));
    }

    @Test
    void aQuestionHasAFewWordsCorrectedAtMost() {
        var v = vocabulary("文本生成视频的数据集。");
        assertEquals("datasets", v.translate("qwzxvk datsets").get(1).text());
        // made-up words first: each unknown word is tried in order, and past the few a question may have corrected the
        // misspelt word stays as written (hundreds of made-up words cost a look-up of every string one edit away each)
        String filler = "qwzxvk ".repeat(CatalogVocabulary.MAX_CORRECTIONS);
        var spans = v.translate(filler + "datsets");
        assertEquals("datsets", spans.get(spans.size() - 1).text(), spans.toString());
    }

    @Test
    void aHyphenatedCompoundIsComposedFromWordsTheCatalogWritesTogether() {
        // one token is one thing: 第一 + 人称, which the catalog writes as 第一人称
        var v = vocabulary("大学采集的第一人称视角视频。");
        Span first = v.translate("first-person video datasets").get(0);
        assertEquals("第一人称", first.best(), first.toString());
        // two tokens stay apart
        assertEquals(2, v.translate("first person").size());
    }

    @Test
    void aNounAndParticipleCompoundIsTheVerbPhraseTheDictionaryGlosses() {
        // 手写 "to write by hand": handwritten, hand-written, handwriting
        var v = vocabulary("手写数字图像，共七万张。");
        for (String w : List.of("handwritten", "hand-written", "handwriting")) {
            assertEquals("手写", v.translate(w + " digits").get(0).best(), w);
        }
        assertTrue(v.translate("outstanding").get(0).translations().isEmpty(), "no 'stand by out'");
    }
    private static final String FACES = "人脸检测基准，共标注了39万个人脸，图像取自新闻。";
    private static final String CELEBS = "名人人脸属性数据集，每张图像标注了40个属性，另有街景地图，每段5秒，共10秒。";

    @Test
    void aOneCharacterWordTheCatalogWritesAloneIsKept() {
        // 人脸 is no headword, so 脸 ("face") stands alone in the cut; 图 is inside 图像 and 地图; 秒 follows a number
        var singles = new TermScanner(DICTIONARY).scan(List.of(FACES, CELEBS)).singles();
        assertTrue(singles.containsKey("脸"), singles.toString());
        assertFalse(singles.containsKey("图"), "inside longer words: " + singles);
        assertFalse(singles.containsKey("秒"), "a unit after numbers: " + singles);
    }

    @Test
    void aWeakWordReachesAOneCharacterWordOfTheCatalog() {
        var v = vocabulary(FACES, CELEBS);
        Span face = v.translate("face datasets").get(0);
        assertEquals("脸", face.best(), face.toString());
        assertTrue(face.translations().get(0).score() >= 0.3, face.toString());
        assertTrue(v.translate("second").stream().flatMap(s -> s.translations().stream())
                .noneMatch(t -> t.chinese().equals("秒")), "not kept: " + v.translate("second"));
    }

    @Test
    void aOneCharacterNounStandsBesideATermThatIsOnlyTheWordsVerb() {
        // 面向 is "to face" (-oriented), written here, so "face" is not weak; the faces the catalog means are 人脸, read 脸
        var v = vocabulary(FACES, CELEBS, "面向人脸年龄估计的数据集。");
        Span face = v.translate("face datasets").get(0);
        var chinese = face.translations().stream().map(Translation::chinese).toList();
        assertTrue(chinese.contains("脸"), face.toString());
        assertTrue(chinese.contains("面向"), "kept beside it: " + face);
    }

    @Test
    void aNegatedGlossIsNoTranslationOfTheWordItNegates() {
        // 不同 is "different; not the same": "same" is 相同, and "different" is still 不同
        var v = vocabulary("不同地区，相同方法，多年追踪调查。");
        Span same = v.translate("the same").get(0);
        assertTrue(same.translations().stream().noneMatch(t -> t.chinese().equals("不同")), same.toString());
        assertEquals("相同", same.best(), same.toString());
        assertEquals("不同", v.translate("different regions").get(0).best());
    }

    @Test
    void aPossessivePhraseIsNoClosedCompoundOfItsWords() {
        // "person's age" is the owner and the owned, not "personage" (名人); the age is 年龄
        var v = vocabulary(CELEBS, "标注了每个人的年龄。");
        var spans = v.translate("a person's age");
        assertEquals(List.of("person's", "age"), spans.stream().map(Span::text).toList(), spans.toString());
        assertEquals("年龄", spans.get(1).best(), spans.toString());
        // without the possessive the two words are still read as the dictionary's closed compound
        assertEquals(1, v.translate("person age").size());
    }

    @Test
    void oneCharacterWordsArePersistedWithTheVocabulary() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        vocabulary(FACES, CELEBS).write(new java.io.DataOutputStream(bytes));
        var read = CatalogVocabulary.read(DICTIONARY,
                new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))).orElseThrow();
        assertEquals("脸", read.translate("face datasets").get(0).best());
    }
    private static final String DEPTH = "手语视频数据集，同时记录彩色视频、深度图和人体骨架关节点；另有深度学习基线。";

    @Test
    void aHeadNounThatFindsNothingReachesAOneCharacterWordWrittenWithItsModifier() {
        // "maps" reaches no term (图 "map" is inside 图像, 地图 …), but the catalog writes 深度 + 图 as 深度图
        var v = vocabulary(DEPTH, "人脸图像数据集。");
        Span depthMaps = v.translate("datasets with depth maps").stream()
                .filter(s -> s.text().equals("depth maps")).findFirst().orElseThrow(() -> new AssertionError(
                        v.translate("datasets with depth maps").toString()));
        assertEquals("深度图", depthMaps.best());
        assertEquals(Translation.Match.COMPOSED, depthMaps.translations().get(0).match());
        // a first word is a modifier, not the head noun; a head with a translation of its own stays apart
        assertTrue(v.translate("depth learning").stream().noneMatch(s -> s.end() - s.start() == 2),
                v.translate("depth learning").toString());
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            v.write(new java.io.DataOutputStream(bytes));
            var read = CatalogVocabulary.read(DICTIONARY,
                    new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))).orElseThrow();
            assertEquals("深度图", read.translate("depth maps").get(0).best(), "persisted with the vocabulary");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWordWithoutATranslationReachesAKinWordTheCatalogWritesInACompoundWithItsNeighbours() {
        // no gloss of 迁移 ("to migrate; to move") names "transfer", but it shares 移 and "to move" with 转移, whose main
        // sense is "to transfer", and the catalog writes it before 学习 ("to learn"): 迁移学习 is "transfer learning"
        var v = vocabulary("推荐系统中迁移学习模型的基准数据集。", "学生的学习行为数据。");
        Span transfer = v.translate("benchmarks for transfer learning").stream()
                .filter(s -> s.text().equals("transfer learning")).findFirst().orElseThrow(() -> new AssertionError(
                        v.translate("benchmarks for transfer learning").toString()));
        assertEquals("迁移学习", transfer.best());
        assertEquals(Translation.Match.COMPOSED, transfer.translations().get(0).match());
        // the compound is the evidence: where the catalog writes the words apart, nothing is joined or guessed
        var apart = vocabulary("人口迁移的统计。", "学生的学习行为数据。");
        assertTrue(apart.translate("transfer learning").stream().noneMatch(s -> s.end() - s.start() == 2),
                apart.translate("transfer learning").toString());
        // a verb kin to the word may come before its object, as Chinese puts it: "face swap" is 换脸 (换 ~ 交换 "to swap")
        var faces = vocabulary("名人换脸视频数据集，包含人脸图像。", FACES);
        assertEquals("换脸", faces.translate("face swap videos").get(0).best(), faces.translate("face swap videos").toString());
        // a noun is not: 8种杂草 (种 ~ 物种 "species") is no "weed species"
        var weeds = vocabulary("杂草图像数据集，涵盖8种杂草。");
        assertTrue(weeds.translate("weed species").stream().noneMatch(s -> s.end() - s.start() == 2),
                weeds.translate("weed species").toString());
    }

    @Test
    void aCharacterIsPairedOnlyWhenItMeansSomething() {
        // 的 ("of") is a function word: no pair 深度图 + 的; 深度 + 图 is one
        var pairs = new TermScanner(DICTIONARY).scan(List.of(DEPTH)).charPairs();
        assertTrue(pairs.containsKey(TermScanner.charPair("深度", "图")), pairs.toString());
        assertTrue(pairs.keySet().stream().noneMatch(k -> k.contains("的")), pairs.toString());
    }

    @Test
    void aPluralInIesFindsTheNounInIe() {
        // the plural rule reads "movies" as movy (studies → study); the dictionary's word is "movie"
        var v = vocabulary("电影评分数据集，包含6万部电影的评分。");
        assertEquals("电影", best(v, "movies"));
        assertEquals("电影", best(v, "movie"));
        assertTrue(v.dictionaryKnows("movies"));
    }
    @Test
    void aWordBeforeAQualifyingPhraseOfAMainSenseIsItsHead() {
        // 拓片 is "rubbings from a tablet": rubbings; 宽松's "free of worry" (a late sense) is no kind of "free"
        var v = vocabulary("共包含一万片甲骨的拓片和摹本。", "采用宽松许可证发布。");
        Span rubbings = v.translate("rubbings of oracle bones").get(0);
        assertEquals("拓片", rubbings.best(), rubbings.toString());
        assertTrue(rubbings.translations().get(0).score() >= 0.3, rubbings.toString());
        assertTrue(v.translate("free").get(0).translations().stream().allMatch(t -> t.score() < 0.3),
                v.translate("free").toString());
    }

    @Test
    void aClippedWordIsTheWordWrittenOut() {
        // no headword glosses "math"; WordNet's math = mathematics, and 数学 is "mathematics"
        var v = vocabulary("涵盖布尔逻辑、图论等多样化的数学和算法主题。");
        Span math = v.translate("math puzzles").get(0);
        assertEquals("数学", math.best(), math.toString());
        // a synonym that does not begin with the word is no clipping: a word no headword glosses keeps to its own forms
        assertTrue(v.translate("maths").get(0).translations().stream().anyMatch(t -> t.chinese().equals("数学")));
    }

    @Test
    void aDerivedFormOfADerivedFormOnTheSameStemIsTheWord() {
        // summarization → summarize (WordNet derived) → summary (its derived form) → 摘要 "summary"
        var v = vocabulary("以文章的要点作为参考摘要，是最常用的新闻文本摘要数据集。");
        Span summarization = v.translate("summarization").get(0);
        assertEquals("摘要", summarization.best(), summarization.toString());
    }

    @Test
    void aGerundOfANounIsTheMakingOfIt() {
        // 建模 is "to construct a model": "modeling" is that, not 模型 "model" (the thing made)
        var v = vocabulary("英文语言建模数据集。", "用于训练大语言模型的预训练语料。");
        List<Translation> modeling = v.toChinese("modeling");
        assertEquals(List.of("建模"), modeling.stream().map(Translation::chinese).toList(), modeling.toString());
        // the noun itself keeps its own word
        assertEquals("模型", best(v, "models"));
        // only a making verb: "recording" is no 创记录 ("to set a record")
        var records = vocabulary("本次比赛创记录。", "共记录了一万条数据。");
        assertEquals("记录", best(records, "recording"), records.toChinese("recording").toString());
    }

    @Test
    void anIrregularPluralReachesItsBaseThroughTheExceptionLists() {
        // the rule reads "shelves" as shelve, no word; WordNet's exception list has shelves → shelf (货架 "shelf for goods")
        var v = vocabulary("图像拍自世界各地数千家超市的货架，商品排列紧密。");
        assertEquals("货架", best(v, "shelves"), v.toChinese("shelves").toString());
        assertTrue(v.translate("supermarket shelves").get(1).translations().stream()
                .anyMatch(t -> t.chinese().equals("货架")), v.translate("supermarket shelves").toString());
    }

    @Test
    void peopleIsThePluralOfPerson() {
        // 盲人 is "blind person": "blind people" is that gloss as a whole, not "blind" inside it
        var v = vocabulary("第一个来自盲人真实需求的视觉问答数据集。");
        var found = v.toChinese("blind people");
        assertEquals("盲人", found.get(0).chinese(), found.toString());
        assertEquals(Translation.Match.WHOLE_GLOSS, found.get(0).match());
    }

    @Test
    void aCharPairKeyReadsBackAsItsTwoWords() {
        String key = TermScanner.charPair("深度", "图");
        assertEquals(List.of("深度", "图"), List.of(TermScanner.charPairWords(key)));
    }
}
