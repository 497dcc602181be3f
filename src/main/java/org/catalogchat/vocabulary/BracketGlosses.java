package org.catalogchat.vocabulary;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog as its own dictionary: writers gloss a Chinese term with its English one in brackets, 说话人日志（speaker
 * diarization）, 人脸防伪（face anti-spoofing）, 红外相机（camera trap）. The dictionary lacks most such terms of the trade,
 * or splits them into words that mean something else apart ("speaker" 演讲者, "trap" 陷阱), so an English question
 * finds only the entry that writes the English too. Read at each catalog load from the entries' text; immutable.
 *
 * <pre>{@code
 * BracketGlosses g = BracketGlosses.harvest(dictionary, entryTexts);
 * g.toChinese(List.of("speaker", "diarization"));   // [说话人日志 ← "speaker diarization" (WHOLE_GLOSS, 1.00, ×3)]
 * }</pre>
 */
final class BracketGlosses {
    /**
     * A run of Chinese, then in brackets an English phrase of lower-case words up to {@value CatalogVocabulary#MAX_PHRASE_WORDS}
     * tokens, ending the bracket or followed by another part of it ("人脸防伪（face anti-spoofing, FAS）"). Lower case
     * only: a capitalised phrase is mostly a name (a person, a programme, an organisation) whose Chinese side cannot
     * be told from the words before it.
     */
    private static final Pattern PAIR = Pattern.compile(
            "(\\p{IsHan}+)\\s*[（(]\\s*([a-z][a-z'\\-]*(?:\\s+[a-z][a-z'\\-]*){0,3})\\s*[）)，,;；、]");

    /**
     * Largest catalog read for glosses: each bracketed phrase is checked against every other entry's text, a scan of the
     * whole catalog per candidate side (about 1 ms per phrase at this size). A larger catalog gets none until the
     * sides are found in one pass over the text.
     */
    static final int MAX_ENTRIES = 5_000;

    /** The English phrase's normalised words, joined by a space → the Chinese terms catalog writers gave it. */
    private final Map<String, List<Translation>> byEnglish;

    private BracketGlosses(Map<String, List<Translation>> byEnglish) {
        this.byEnglish = byEnglish;
    }

    static BracketGlosses none() {
        return new BracketGlosses(Map.of());
    }

    /**
     * The pairs the entries' texts write (one text per entry). The Chinese side ends at the bracket and is the longest
     * end of the run before it that another entry also writes: the one entry writing both languages is found through
     * the English already, and the same characters written by another entry are what tell the term's start from the
     * words before it (说话人日志, not 视听说话人日志). It starts at a word of the dictionary that is not only a verb
     * (用于…) or at a character that glosses one of the English words (脸 "face"), within one word more than the
     * English has. A side that is only a part of the term, because no other entry writes the term whole (防伪 of
     * 人脸防伪（face anti-spoofing）, 日志 of 曝光日志（impression log）), is left out ({@link #wholeTerm}).
     */
    static BracketGlosses harvest(BilingualDictionary dictionary, Collection<String> entryTexts) {
        if (entryTexts.size() > MAX_ENTRIES) return none();
        List<String> texts = entryTexts.stream().map(t -> t == null ? "" : t).toList();
        TermScanner scanner = new TermScanner(dictionary);
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        for (int e = 0; e < texts.size(); e++) {
            Matcher m = PAIR.matcher(texts.get(e));
            while (m.find()) {
                List<String> english = Gloss.key(EnglishWords.words(m.group(2)));
                List<String> content = english.stream().filter(w -> !EnglishWords.isStop(w)).toList();
                if (content.isEmpty()) continue;
                String run = m.group(1);
                String chinese = longestWrittenElsewhere(dictionary, scanner.segment(run), run, content, texts, e);
                if (chinese == null || !wholeTerm(dictionary, chinese, content, parts(m.group(2)))) continue;
                int writers = (int) texts.stream().filter(t -> t.contains(chinese)).count();
                found.computeIfAbsent(String.join(" ", english), k -> new LinkedHashMap<>()).merge(chinese, writers, Math::max);
            }
        }
        return new BracketGlosses(translations(found));
    }

    private static String longestWrittenElsewhere(BilingualDictionary dictionary, List<TermScanner.Token> tokens,
                                                  String run, List<String> content, List<String> texts, int writer) {
        String best = null;
        for (int k = tokens.size() - 1; k >= 0 && tokens.size() - k <= content.size() + 1; k--) {
            TermScanner.Token t = tokens.get(k);
            String first = run.substring(t.start(), t.end());
            boolean start = t.word() ? !DictionaryChecks.onlyVerb(dictionary, first) : glossesOneOf(dictionary, first, content);
            String side = run.substring(t.start());
            if (start && side.length() >= 2 && writtenElsewhere(side, texts, writer)) best = side;
        }
        return best;
    }

    /**
     * Whether the side can be the whole term. A word of the dictionary is, where one of its glosses says every English
     * word (矛盾 "contradiction", 表情包 "meme"); one glossed otherwise is a word of a longer term no other entry writes
     * whole (许可证 of 宽松许可证（permissive license）, 音乐 of 文本生成音乐（text-to-music）, 数据集 of 移出数据集（opt-out）).
     * A compound the dictionary lacks is, at two characters to each English part, less one (红外相机 "camera trap", 脸防伪
     * of 人脸防伪 "face anti-spoofing"), and at three for one part (三分图 "trimap"): a term of the trade is seldom shorter.
     */
    private static boolean wholeTerm(BilingualDictionary dictionary, String side, List<String> content, int parts) {
        List<String> glosses = dictionary.glosses(side);
        if (!glosses.isEmpty()) {
            return content.stream().allMatch(w -> glosses.stream().anyMatch(g -> EnglishForms.glossSays(g, w)));
        }
        int length = side.codePointCount(0, side.length());
        return length >= (parts > 1 ? 2 * parts - 1 : 3);
    }

    /** The English's space-separated parts ("face anti-spoofing" has two; a hyphen joins its words into one). */
    private static int parts(String english) {
        return english.strip().split("\\s+").length;
    }

    private static boolean glossesOneOf(BilingualDictionary dictionary, String chinese, List<String> english) {
        for (String gloss : dictionary.glosses(chinese)) {
            for (String word : english) if (EnglishForms.glossSays(gloss, word)) return true;
        }
        return false;
    }

    private static boolean writtenElsewhere(String side, List<String> texts, int writer) {
        for (int i = 0; i < texts.size(); i++) if (i != writer && texts.get(i).contains(side)) return true;
        return false;
    }

    private static Map<String, List<Translation>> translations(Map<String, Map<String, Integer>> found) {
        Map<String, List<Translation>> out = new LinkedHashMap<>();
        found.forEach((english, sides) -> {
            var list = new ArrayList<Translation>();
            sides.forEach((chinese, writers) -> list.add(
                    new Translation(chinese, english, Translation.Match.WHOLE_GLOSS, false, 1.0, writers)));
            out.put(english, List.copyOf(list));
        });
        return Map.copyOf(out);
    }

    /** The Chinese terms the catalog glosses with exactly these (normalised) English words; empty when none. */
    List<Translation> toChinese(List<String> words) {
        // asked for every phrase a question's translation tries; most catalogs write no gloss at all
        if (byEnglish.isEmpty()) return List.of();
        List<String> key = Gloss.key(words);
        return key.isEmpty() ? List.of() : byEnglish.getOrDefault(String.join(" ", key), List.of());
    }

    int size() {
        return byEnglish.size();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(byEnglish.size());
        for (var e : byEnglish.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (Translation t : e.getValue()) {
                out.writeUTF(t.chinese());
                out.writeInt(t.occurrences());
            }
        }
    }

    static BracketGlosses read(DataInputStream in) throws IOException {
        Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            var sides = found.computeIfAbsent(in.readUTF(), k -> new LinkedHashMap<>());
            int m = in.readInt();
            for (int j = 0; j < m; j++) sides.put(in.readUTF(), in.readInt());
        }
        return new BracketGlosses(translations(found));
    }
}
