package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Two question words read as one compound the catalog writes: with a one-character word ("depth maps" → 深度图) or
 * with a word kin to a dictionary word for one of them ("transfer learning" → 迁移学习). Apart from
 * {@link CatalogVocabulary} because it keeps its own indexes of the catalog's word pairs, built on first use.
 */
final class KinCompounds {
    private final BilingualDictionary dictionary;
    private final GlossIndex glossIndex;

    KinCompounds(BilingualDictionary dictionary, GlossIndex index, Map<String, Integer> charPairs) {
        this.dictionary = dictionary;
        this.glossIndex = index;
        this.charPairs = charPairs;
    }

    /** A word and a one-character word written together ({@link TermScanner.Result#charPairs}) → how often. */
    private final Map<String, Integer> charPairs;

    /** The same pairs by their first word → the second words; built on first use. */
    private volatile Map<String, List<String>> charPairsByFirst;

    /** A whole gloss of any sense of a one-character word in {@link #charPairs} → those characters; first use. */
    private volatile Map<String, List<String>> charsByGloss;

    /**
     * Tokens {@code i} and {@code i + 1} as one span, when the catalog writes a translation of one next to a
     * one-character word that glosses the other ({@link TermScanner.Result#charPairs}): "depth maps" → 深度 + 图 ("map",
     * its fifth sense) → 深度图, where "maps" alone finds nothing (图 is no term: the catalog writes it inside words).
     * The character is a sense of the word but no term by itself, so the compound is how the catalog writes the
     * phrase. Only the second word, the compound's head noun, reaches a character, and only when it has no translation
     * of its own (score ≥ {@value GlossIndex#WEAK}): "bird calls" is no 鸟叫, "more hours" no 多小时, "small matrix" no 小矩阵
     * ("point clouds" stays 在线 + 云). A stop word or a number joins nothing. Null when no such pair is written. Scored {@value GlossIndex#COMPOSED} × the weaker part (a character's sense counts as a later sense does).
     */
    Span withCharacter(List<String> tokens, List<List<String>> words, int i) {
        if (charPairs.isEmpty()) return null;
        List<String> a = Gloss.key(words.get(i));
        List<String> b = Gloss.key(words.get(i + 1));
        java.util.function.Predicate<String> joinsNothing = w -> EnglishWords.isStop(w) || EnglishForms.isNumber(w);
        if (a.size() != 1 || b.size() != 1 || joinsNothing.test(a.get(0)) || joinsNothing.test(b.get(0))) return null;
        Map<String, Double> left = pairParts(a.get(0));
        Map<String, Double> right = pairParts(b.get(0));
        // only a word that finds nothing of its own reaches a character ("maps", where the catalog writes 图 only
        // inside words): "bird calls" stays 鸟类 + 叫, not 鸟叫
        // and only the second, the English compound's head noun: a first word modifies ("more hours", "small matrix")
        left.values().removeIf(v -> v < 0);
        if (right.values().stream().anyMatch(v -> v > 0)) right.values().removeIf(v -> v < 0);
        Map<String, List<String>> byFirst = charPairsByFirst();
        String bestText = null;
        double bestScore = 0;
        int bestCount = 0;
        for (var l : left.entrySet()) {
            for (String second : byFirst.getOrDefault(l.getKey(), List.of())) {
                Double r = right.get(second);
                if (r == null) continue;
                // a character must come from a sense of its word, not be the word's own translation
                boolean character = l.getValue() < 0 || r < 0;
                if (!character) continue;
                double score = GlossIndex.COMPOSED * Math.min(Math.abs(l.getValue()), Math.abs(r));
                int count = charPairs.get(TermScanner.charPair(l.getKey(), second));
                if (score > bestScore || score == bestScore && count > bestCount) {
                    bestText = l.getKey() + second;
                    bestScore = score;
                    bestCount = count;
                }
            }
        }
        if (bestText == null || bestScore < GlossIndex.WEAK) return null;
        String english = tokens.get(i) + " " + tokens.get(i + 1);
        var t = new Translation(bestText, english, Translation.Match.COMPOSED, false, bestScore, bestCount);
        return new Span(i, i + 2, english, List.of(t), false);
    }

    /**
     * Tokens {@code i} and {@code i + 1} as one span, when the catalog writes a compound of two words, one a translation
     * of one question word and the other <em>kin</em> to a dictionary word for the other question word: it shares a
     * character with a headword of the whole dictionary whose main sense is that word, though no gloss of its own names
     * it. "transfer learning": learning → 学习, and the catalog writes 迁移学习, whose 迁移 ("to migrate") shares 移 with 转移
     * "to transfer"; "face swap": face → 脸, and 换脸, whose 换 is in 交换 "to swap". Either word may be the kin one, and
     * the compound may put the words in either order (Chinese puts a verb before its object). The catalog writing the
     * compound is the evidence: a shared character alone is no translation. Not when the two words' own translations
     * already form a compound the catalog writes, and never both words by kinship. Null when no such compound is written.
     */
    Span kinCompound(List<String> tokens, List<List<String>> words, int i) {
        List<String> a = Gloss.key(words.get(i));
        List<String> b = Gloss.key(words.get(i + 1));
        if (a.size() != 1 || b.size() != 1) return null;
        String wa = a.get(0);
        String wb = b.get(0);
        if (EnglishWords.isStop(wa) || EnglishWords.isStop(wb) || EnglishForms.isNumber(wa) || EnglishForms.isNumber(wb)) return null;
        Map<String, Double> ownA = ownTranslations(wa);
        Map<String, Double> ownB = ownTranslations(wb);
        // only a word that has no good translation of its own is read by kinship, and only one typed as a word, not a name
        Set<String> kinA = kinCandidate(tokens.get(i), wa, ownA) ? dictionaryWords(wa) : Set.of();
        Set<String> kinB = kinCandidate(tokens.get(i + 1), wb, ownB) ? dictionaryWords(wb) : Set.of();
        if (kinA.isEmpty() && kinB.isEmpty()) return null;
        // the words' own translations already make a compound the catalog writes: they are read as they are
        for (String x : ownA.keySet()) {
            for (String y : ownB.keySet()) {
                if (written(x, y) > 0 || written(y, x) > 0) return null;
            }
        }
        String bestText = null;
        String bestGloss = null;
        double bestScore = 0;
        int bestCount = 0;
        for (int side = 0; side < 2; side++) {
            Map<String, Double> own = side == 0 ? ownA : ownB;
            Set<String> kin = side == 0 ? kinB : kinA;
            Map<String, Double> otherOwn = side == 0 ? ownB : ownA;
            if (kin.isEmpty()) continue;
            for (var o : own.entrySet()) {
                if (o.getValue() < KIN_OWN) continue;
                for (var neighbour : neighbours(o.getKey())) {
                    String w = neighbour.getKey();
                    if (otherOwn.containsKey(w) || own.containsKey(w) || !kinTo(w, kin)) continue;
                    int count = neighbour.getValue()[0];
                    boolean after = neighbour.getValue()[1] == 1;
                    // the English order, or a verb before its object ("face swap" → 换脸): 8种杂草 is no "weed species"
                    boolean reversed = side == 0 ? !after : after;
                    if (reversed && !verbSense(w)) continue;
                    String text = after ? o.getKey() + w : w + o.getKey();
                    double score = GlossIndex.COMPOSED * Math.min(o.getValue(), KIN);
                    if (score > bestScore || score == bestScore && count > bestCount) {
                        bestText = text;
                        bestScore = score;
                        bestCount = count;
                        List<String> by = kin.stream().filter(h -> GlossIndex.sharesCharacter(h, w)).limit(3).toList();
                        bestGloss = tokens.get(i) + " " + tokens.get(i + 1) + " (" + w + " kin to " + String.join("/", by) + ")";
                    }
                }
            }
        }
        if (bestText == null || bestScore < GlossIndex.WEAK) return null;
        String english = tokens.get(i) + " " + tokens.get(i + 1);
        var t = new Translation(bestText, bestGloss, Translation.Match.COMPOSED, false, bestScore, bestCount);
        return new Span(i, i + 2, english, List.of(t), false);
    }

    /**
     * Whether the catalog writes its own compound of a neighbouring question word's term and a word sharing a character
     * with {@code later}, a later dictionary translation of this question word, and never {@code later} itself beside
     * that term: then the compound is the catalog's word for the two question words, and {@code later} is another
     * thing. "knowledge graph" where the catalog writes 知识图谱 (知识 + 图谱) and, elsewhere, 图表 (charts): 图表, a later
     * translation of "graph", shares 图 with 图谱, and no 知识图表 is written. Chinese keeps the English order here: the
     * neighbour's term comes first when the neighbour comes first.
     *
     * @param neighbour the neighbouring question word's terms
     * @param before    whether that word comes before this one in the question
     */
    boolean ownCompoundBeside(java.util.Collection<String> neighbour, boolean before, String later) {
        for (String n : neighbour) {
            if ((before ? written(n, later) : written(later, n)) > 0) return false;
        }
        for (String n : neighbour) {
            for (var e : neighbours(n)) {
                boolean after = e.getValue()[1] == 1;
                String w = e.getKey();
                if (after == before && !w.equals(later) && GlossIndex.sharesCharacter(w, later)) return true;
            }
        }
        return false;
    }

    /**
     * A question word read by kinship: typed as a word, not a name; with no translation of its own as good as
     * {@value #KIN_OWN}; and a word WordNet relates to others (a noun, verb or adjective: "between" is none).
     */
    private boolean kinCandidate(String token, String word, Map<String, Double> own) {
        if (token.isEmpty() || Character.isUpperCase(token.charAt(0))) return false;
        if (own.values().stream().anyMatch(v -> v >= KIN_OWN)) return false;
        WordRelations relations = dictionary.relations();
        return !relations.related(word).isEmpty() || !relations.related(EnglishWords.singular(word)).isEmpty();
    }

    /** Whether one of the headword's first senses is a verb's ("to exchange"). */
    private boolean verbSense(String headword) {
        String raw = dictionary.rawGlosses(headword);
        if (raw == null) return false;
        String[] glosses = raw.split("\t");
        for (int k = 0; k < Math.min(KIN_SENSES, glosses.length); k++) if (glosses[k].startsWith("to ")) return true;
        return false;
    }

    /** A word with a translation this good of its own means that: "face" (脸, 0.71) is not read by kinship. */
    private static final double KIN_OWN = 0.6;

    /** A kin word is a guess from one shared character, confirmed only by the compound the catalog writes. */
    private static final double KIN = 0.6;

    /** Headwords of the whole dictionary tried per form of a word, for kinship. */
    private static final int KIN_HEADWORDS = 40;

    /** The word's own translations (≥ {@value GlossIndex#WEAK}), and its base forms', by score. */
    private Map<String, Double> ownTranslations(String word) {
        Map<String, Double> out = new HashMap<>();
        List<Translation> own = glossIndex.toChinese(List.of(word), false);
        for (Translation t : own.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, own.size()))) {
            if (t.score() >= GlossIndex.WEAK) out.merge(t.chinese(), t.score(), Math::max);
        }
        var bases = new java.util.LinkedHashSet<String>(dictionary.relations().bases(word));
        bases.addAll(EnglishWords.baseForms(word));
        bases.remove(word);
        for (String base : bases) {
            List<Translation> more = glossIndex.toChinese(List.of(base), false);
            for (Translation t : more.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, more.size()))) {
                if (t.score() * GlossIndex.INFLECTED >= GlossIndex.WEAK) out.merge(t.chinese(), t.score() * GlossIndex.INFLECTED, Math::max);
            }
        }
        for (Translation t : glossIndex.singleCharacters(List.of(word))) {
            if (t.score() >= GlossIndex.WEAK) out.merge(t.chinese(), t.score(), Math::max);
        }
        return out;
    }

    /**
     * Headwords of the whole dictionary whose first sense is the word or its singular ("swap": 交换, 对换 …). Not its
     * base forms: "released" and "oldest" are how a question asks, and their verbs' and adjectives' words are many.
     */
    private Set<String> dictionaryWords(String word) {
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(word);
        forms.add(EnglishWords.singular(word));
        var out = new java.util.LinkedHashSet<String>();
        for (String f : forms) {
            if (EnglishWords.isStop(f)) continue;
            for (var e : dictionary.glossing(f, 1, KIN_HEADWORDS)) out.add(e.getKey());
        }
        return out;
    }

    /**
     * Whether the catalog word is kin to one of the headwords (and is none of them: that would be a gloss): it writes the
     * headword whole (径流 "runoff" holds 流 "to flow"), or shares a character and a sense with it (迁移 "to migrate; to
     * move" and 转移 "to shift; to move"; 换 and 交换 "to exchange"; 姿态 and 身态 "attitude"). The dictionary agreeing that
     * the two say the same thing is what keeps one shared character from being noise (发布 is not kin to 刊行 "to publish").
     */
    private boolean kinTo(String word, Set<String> headwords) {
        if (headwords.contains(word)) return false;
        List<String> own = null;
        for (String h : headwords) {
            if (!GlossIndex.sharesCharacter(h, word)) continue;
            if (word.contains(h)) return true;
            if (own == null) own = senses(word);
            for (String g : senses(h)) if (own.contains(g)) return true;
        }
        return false;
    }

    /** Senses of a headword compared for kinship: its first few, normalised. */
    private List<String> senses(String headword) {
        List<String> glosses = dictionary.glosses(headword);
        var out = new ArrayList<String>();
        for (String g : glosses.subList(0, Math.min(KIN_SENSES, glosses.size()))) {
            String key = String.join(" ", Gloss.parse(g).words());
            if (!key.isEmpty() && !EnglishWords.isStop(key)) out.add(key);
        }
        return out;
    }

    private static final int KIN_SENSES = 3;

    /** How often the catalog writes {@code first} right before {@code second}, as two words. */
    private int written(String first, String second) {
        Integer n = glossIndex.pairs.get(first + second);
        if (n == null) n = charPairs.get(TermScanner.charPair(first, second));
        return n == null ? 0 : n;
    }

    /** The catalog's words written next to this one: word → {count, 1 if after it / 0 if before}. */
    private List<Map.Entry<String, int[]>> neighbours(String word) {
        return neighbourIndex().getOrDefault(word, List.of());
    }

    private volatile Map<String, List<Map.Entry<String, int[]>>> neighbourIndex;

    private Map<String, List<Map.Entry<String, int[]>>> neighbourIndex() {
        var index = neighbourIndex;
        if (index != null) return index;
        var built = new HashMap<String, List<Map.Entry<String, int[]>>>();
        for (var e : glossIndex.pairs.entrySet()) {
            String key = e.getKey();
            for (int cut = 1; cut < key.length(); cut++) {
                String x = key.substring(0, cut);
                String y = key.substring(cut);
                if (!glossIndex.terms.containsKey(x) || !glossIndex.terms.containsKey(y)) continue;
                built.computeIfAbsent(x, k -> new ArrayList<>()).add(Map.entry(y, new int[]{e.getValue(), 1}));
                built.computeIfAbsent(y, k -> new ArrayList<>()).add(Map.entry(x, new int[]{e.getValue(), 0}));
            }
        }
        for (var e : charPairs.entrySet()) {
            String[] xy = TermScanner.charPairWords(e.getKey());
            built.computeIfAbsent(xy[0], k -> new ArrayList<>()).add(Map.entry(xy[1], new int[]{e.getValue(), 1}));
            built.computeIfAbsent(xy[1], k -> new ArrayList<>()).add(Map.entry(xy[0], new int[]{e.getValue(), 0}));
        }
        neighbourIndex = index = built;
        return index;
    }

    /**
     * The Chinese words a question word may be in a pair: its own translations (score ≥ {@value GlossIndex#WEAK}, positive) and
     * the one-character words of {@link #charPairs} one noun sense of which is the word as a whole gloss (negative: from a
     * character), unless that character is already among its own translations.
     */
    private Map<String, Double> pairParts(String word) {
        Map<String, Double> parts = new HashMap<>();
        List<Translation> own = glossIndex.toChinese(List.of(word), false);
        for (Translation t : own.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, own.size()))) {
            if (t.score() >= GlossIndex.WEAK) parts.put(t.chinese(), t.score());
        }
        for (Translation t : glossIndex.singleCharacters(List.of(word))) parts.putIfAbsent(t.chinese(), t.score());
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(word);
        forms.addAll(EnglishWords.baseForms(word));
        for (String form : forms) {
            for (String c : charsByGloss().getOrDefault(form, List.of())) {
                if (!parts.containsKey(c)) parts.put(c, -GlossIndex.SINGLE * GlossIndex.LAST_SENSE);
            }
        }
        return parts;
    }

    private Map<String, List<String>> charPairsByFirst() {
        Map<String, List<String>> index = charPairsByFirst;
        if (index == null) {
            var built = new HashMap<String, List<String>>();
            for (String key : charPairs.keySet()) {
                String[] words = TermScanner.charPairWords(key);
                built.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words[1]);
            }
            charPairsByFirst = index = built;
        }
        return index;
    }

    private Map<String, List<String>> charsByGloss() {
        Map<String, List<String>> index = charsByGloss;
        if (index == null) {
            var characters = new java.util.TreeSet<String>();
            for (String key : charPairs.keySet()) {
                for (String part : TermScanner.charPairWords(key)) {
                    if (part.codePointCount(0, part.length()) == 1) characters.add(part);
                }
            }
            var built = new HashMap<String, List<String>>();
            for (String c : characters) {
                String raw = dictionary.rawGlosses(c);
                if (raw == null) continue;
                for (String g : raw.split("\t")) {
                    // a noun's sense: 对 "to face" is no face, 图 "map" is a map
                    if (g.startsWith("to ")) continue;
                    Gloss gloss = Gloss.parse(g);
                    if (gloss.inferred() || gloss.contentWords() != 1 || gloss.words().size() != 1) continue;
                    List<String> at = built.computeIfAbsent(gloss.words().get(0), k -> new ArrayList<>());
                    if (!at.contains(c)) at.add(c);
                }
            }
            charsByGloss = index = built;
        }
        return index;
    }
}
