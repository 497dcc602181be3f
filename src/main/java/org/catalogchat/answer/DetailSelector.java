package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;

/**
 * Picks what inside one entry answers a question: the description sentences that write the question's subjects,
 * and the clauses where a figure counts the noun asked about. Kept apart from {@link EvidenceGatherer}, which
 * decides which entries answer, so that entry membership and detail selection change independently.
 *
 * <pre>{@code
 * List<String> quoted = selector.bestSentences(d, subjects, matched);
 * List<String> sizes = selector.figures(d, List.of("小时", "hours"));
 * }</pre>
 */
final class DetailSelector {
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)\\s*(万亿|亿|千万|百万|万|千|[kKMB](?![A-Za-z])|million|billion|thousand)?\\s*(多|余|\\+)?");
    private static final int NOUN_WINDOW = 4;
    /** How many characters (已超过, 共计) may stand between a noun and the figure that closes its clause. */
    private static final int NOUN_BEFORE_GAP = 5;
    /** How far a Chinese relative clause may separate a figure's measure word from its noun. */
    private static final int RELATIVE_WINDOW = 24;
    /** Chinese measure words that may open a relative clause before the counted noun. */
    static final String MEASURE_WORDS = "个种名位张条部篇项份组对段片幅件台道次";
    /** How far modifiers without 的 may separate a measure word from its noun ("道多项选择题"). */
    private static final int COMPOUND_WINDOW = 7;
    /**
     * A longer name introduced as a part of the entry ("其中日值数据集 GHCN-Daily", "分为 ETTh1、ETTh2") still counts
     * for it; a later version ("后续版本 Objaverse-XL") or a release of its own ("另提供 MIND-small") does not.
     */
    private static final Pattern PART_CUE = Pattern.compile("其中|子集|分为|部分|subset|of which|among them|split into|divided into");
    /** A token written as a name: letters joined to digits or letters by a hyphen or dot, or capitals with digits. */
    static final Pattern NAME_LIKE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+|[A-Z]{2,}[A-Za-z]*\\d+[A-Za-z0-9]*)(?![A-Za-z0-9])");
    private static final Pattern CLAUSE = Pattern.compile("[，；;]|,\\s");
    /**
     * Units of measure (time, length, storage) a figure may be written in: "27小时录音" measures hours of recordings,
     * not recordings, and "不超过4秒的…音频" says how long each one is.
     */
    private static final String UNITS = "小时|分钟|秒钟|秒|天|周|个月|年|公里|千米|厘米|毫米|米|TB|GB|MB|PB"
            + "|(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|km|kilometres?|kilometers?|metres?|meters?)(?![A-Za-z])";
    private static final Pattern OWN_UNIT = Pattern.compile("\\s*(?:" + UNITS + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURED_FIGURE = Pattern.compile(
            "\\d+(?:[.,]\\d+)*\\s*(?:[xX×]\\s*\\d+(?:[.,]\\d+)*\\s*)?(?:" + UNITS + ")", Pattern.CASE_INSENSITIVE);
    /** What a synonym by its head character counts for, against the word itself. */
    private static final double HEAD_SHARE = 0.5;
    /** How the dictionary glosses a measure word: 名 "classifier for people", 只 "classifier for birds and …". */
    private static final String CLASSIFIER_FOR = "classifier for ";
    /** The nouns a measure word for people is glossed as counting. */
    private static final Set<String> PEOPLE = Set.of("people", "person", "persons");
    /** The asked attributes only a sentence writing one of their forms answers. */
    private static final Set<String> MUST_BE_WRITTEN = Set.of(Planner.LICENCE, Planner.ISSUES, Planner.DURATION, Planner.RESOLUTION,
            Planner.FRAME_RATE);


    /** The measured attributes whose answer is a figure: a sentence with no digit writes only the word (高分辨率). */
    private static final Set<String> MEASURED_ATTRIBUTES = Set.of(Planner.RESOLUTION, Planner.FRAME_RATE);
    private static final Pattern FIGURE = Pattern.compile("\\d");

    private final EntryTexts texts;
    private final Optional<CatalogVocabulary> vocabulary;

    DetailSelector(EntryTexts texts) {
        this(texts, Optional.empty());
    }

    /** @param vocabulary the catalog's dictionary, for English words an entry writes only in a word of the same root */
    DetailSelector(EntryTexts texts, Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.vocabulary = vocabulary;
    }

    /**
     * The sentences of a description that write the most (rarity-weighted) of the question's subjects. Weighting
     * subjects also by their rarity among the entry's own sentences (BM25 at sentence level), or discounting the
     * words the entry's first sentence already writes, each fixed a dev question and lost a blind one: not kept.
     */
    List<String> bestSentences(Dataset d, List<Subject> subjects, Map<Subject, Set<Dataset>> matched) {
        return bestSentences(d, subjects, matched, false);
    }

    /** @param synonyms whether a word the entry never writes may match a word with its head character (比赛 → 竞赛) */
    List<String> bestSentences(Dataset d, List<Subject> subjects, Map<Subject, Set<Dataset>> matched, boolean synonyms) {
        return bestSentences(d, subjects, matched, synonyms, false);
    }

    /**
     * @param several whether the question asks for several of a kind ("哪些模型", "which models"): a sentence right
     *                after the best one that names another thing by a name-like token, as the best one does ("然后，使用
     *                BLIP-2生成文本描述" after "…使用PP-OCR的检测和识别模型进行处理"), goes on with the list
     */
    List<String> bestSentences(Dataset d, List<Subject> subjects, Map<Subject, Set<Dataset>> matched, boolean synonyms,
                               boolean several) {
        var scored = new ArrayList<Map.Entry<String, Double>>();
        List<String> all = texts.sentences(d);
        // A licence question is answered only by a sentence that writes a licence word: an entry silent on it has
        // no answer here, and the verdict says "does not state" instead of quoting whatever else the question's
        // words found ("can it be used commercially" → 用于). Where the data comes from is not held to its words:
        // catalogs say it too many ways (基于…构建, 在…上标注), and requiring them lost a blind question.
        // Known problems likewise: only a sentence writing a word of what is wrong (重复, 错误, bias) says any.
        // A measured property asked of the entry (its resolution, how long its videos are) likewise: the sentence
        // writing the thing it is of ("…RGB视频和事件流") does not say it.
        List<Subject> attributes = subjects.stream().filter(x -> MUST_BE_WRITTEN.contains(x.text())).toList();
        // A Chinese word the entry never writes may be written as a synonym with the same head character (比赛 as
        // 竞赛, 追溯 as 回溯): compounds share their last morpheme. Only inside the one entry asked about, and for
        // half the weight: it picks which sentence to quote, never which entries answer.
        List<Subject> unwritten = !synonyms ? List.of() : subjects.stream().filter(x -> !attributes.contains(x)
                && all.stream().noneMatch(s -> EntryTexts.writes(s, x))).toList();
        // An English word the entry never writes in any of the catalog's translations may still be written in a
        // word whose other sense it is: "recommend" as 建议 (a third sense), "department" as 能源部 ("Department of
        // Energy"). Only for the one entry asked about, for half the weight, as with head characters.
        List<Subject> english = unwritten.stream().filter(x -> glossable(x.text())).toList();
        for (String s : all) {
            if (!attributes.stream().allMatch(a -> EntryTexts.writes(s, a))) continue;
            // "两台高分辨率事件相机" writes the word, not a resolution: a measured value is written with a figure
            if (!FIGURE.matcher(s).find() && attributes.stream().anyMatch(a -> MEASURED_ATTRIBUTES.contains(a.text()))) continue;
            double score = 0;
            for (Subject subject : subjects) {
                if (EntryTexts.writes(s, subject)) score += weight(matched.getOrDefault(subject, Set.of()).size());
            }
            List<ChineseWord> words = null;
            for (Subject subject : unwritten) {
                boolean bridged = sharesHead(s, subject.text())
                        || subject.forms().stream().filter(TopicMatcher::allHan).anyMatch(f -> writesRoot(s, f));
                if (!bridged && english.contains(subject)) {
                    if (words == null) words = vocabulary.map(v -> v.chineseWords(s)).orElse(List.of());
                    bridged = glossed(words, subject.text());
                }
                if (bridged) score += HEAD_SHARE * weight(matched.getOrDefault(subject, Set.of()).size());
            }
            if (score > 0) scored.add(Map.entry(s, score));
        }
        if (scored.isEmpty()) return List.of();
        double top = scored.stream().mapToDouble(Map.Entry::getValue).max().orElse(0);
        List<String> best = scored.stream().filter(e -> e.getValue() >= top * 0.99).limit(2).map(Map.Entry::getKey).toList();
        if (best.size() == 1) {
            // A detail often spans two sentences: "包含9项…任务。" then "任务包括 CoLA、…". The sentence right after
            // the best one continues it when it also writes one of the question's subjects.
            int at = all.indexOf(best.get(0));
            if (at >= 0 && at + 1 < all.size()) {
                String next = all.get(at + 1);
                if (scored.stream().anyMatch(e -> e.getKey().equals(next))) return List.of(best.get(0), next);
                if (several && namesAnother(d, best.get(0)) && namesAnother(d, next)) return List.of(best.get(0), next);
            }
        }
        return best;
    }

    /**
     * Whether the sentence writes the root of a three-character word: its first two characters, where the dictionary
     * has them as a word of their own (采样 of 采样率 "sampling rate": "降采样至16kHz").
     */
    private boolean writesRoot(String sentence, String word) {
        if (word.length() != 3 || vocabulary.isEmpty()) return false;
        String root = word.substring(0, 2);
        return sentence.contains(root) && (PlanWords.FUNCTION_CHARS.indexOf(root.charAt(0)) < 0
                || PlanWords.FUNCTION_CHARS.indexOf(root.charAt(1)) < 0) && !vocabulary.get().toEnglish(root).isEmpty();
    }

    /** Whether a sentence writes a name-like token (BLIP-2, PP-OCR, GPT-4V) that is none of the entry's own names. */
    private static boolean namesAnother(Dataset d, String sentence) {
        Matcher m = NAME_LIKE.matcher(sentence);
        while (m.find()) {
            String token = m.group().toLowerCase(Locale.ROOT);
            if (d.allNames().stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).contains(token))) return true;
        }
        return false;
    }

    /** Whether a subject is one English word worth looking up in the glosses of an entry's words. */
    private boolean glossable(String word) {
        return vocabulary.isPresent() && word.matches("[A-Za-z][A-Za-z-]{2,}") && !CatalogVocabulary.isFunctionWord(word);
    }

    /** Whether one of the words has a sense that says the English word (建议 "recommend", 能源部 "Department of Energy"). */
    private static boolean glossed(List<ChineseWord> words, String english) {
        return words.stream().anyMatch(w -> w.glosses().stream().anyMatch(g -> CatalogVocabulary.glossSays(g, english)));
    }

    /**
     * The clauses of a description where a figure is followed by one of the forms ("1000小时", "400 speakers"),
     * each with the clause after it when that one goes on about the same thing ("包含1,150个场景，每个场景时长20秒").
     */
    List<String> figures(Dataset d, List<String> nounForms) {
        return figures(d, nounForms, "");
    }

    /** The forms of a generic count of what a dataset holds, not of one kind of thing ({@link SizeThresholds#GENERIC}). */
    private static final Set<String> GENERIC_NOUNS = Set.of("样本", "条样本", "samples", "sample");

    /**
     * As {@link #figures(Dataset, List)}, for a question that may name a part of the entry ("OASIS-2 有多少名受试者？"
     * of OASIS, {@link MentionedPart}): then the sentences writing that part and counting the noun, whole (the figure
     * may come before the name: "标注了480万条，…的视频数据ShareGPT4Video 4.8M"). The clauses naming a longer name are
     * left out of the entry's own figures, so without this the part's figures could not be asked at all. Where no
     * such sentence counts the noun, the entry's own figures as before.
     */
    List<String> figures(Dataset d, List<String> nounForms, String question) {
        Optional<String> part = question.isEmpty() ? Optional.empty() : MentionedPart.askedIn(question, d);
        if (part.isPresent()) {
            List<String> own = partFigures(d, part.get(), nounForms);
            if (!own.isEmpty()) return own;
        }
        List<String> out = ownFigures(d, nounForms);
        if (out.isEmpty()) {
            // "EuRoC 一共有几条飞行序列？" where the entry writes "共11条序列": a Chinese compound asked that no figure
            // counts is counted by its head, inside the one entry asked about
            List<String> heads = CompoundHead.heads(nounForms);
            if (!heads.isEmpty()) out = ownFigures(d, heads);
        }
        // "How many recorded trials …?" where the entry writes "共2,605段动作": a thing no Chinese noun names is counted
        // by the measure words of its kind, inside the one entry asked about
        String measures = MeasureGroups.forEnglish(nounForms);
        if (out.isEmpty() && !measures.isEmpty()) out = measuredFigures(d, measures, texts.sentences(d));
        // "它们各有多少条样本？" of entries that count notes, clips or image pairs: a word for whatever a dataset holds
        // (样本, samples) is answered by each entry's stated size in its own unit, as a "more than N samples" filter is
        if (out.isEmpty() && nounForms.stream().anyMatch(GENERIC_NOUNS::contains)) out = sizeClauses(d);
        return question.isEmpty() ? out : askedMeasureFirst(d, out, question);
    }

    /**
     * "一共收了多少集短剧？" where the entry writes "6660部流行短剧，总计约80,000集": the measure word asked (集) is of another
     * kind than the one the noun's figures are written with (部), and a figure written with it in the same sentence
     * answers first. Where a figure of the noun is already written with a word of the asked kind ("1,251名名人" for
     * 几位名人: 名 and 位 both count people), nothing changes.
     */
    private List<String> askedMeasureFirst(Dataset d, List<String> out, String question) {
        Optional<String> asked = MeasureGroups.askedIn(question);
        if (asked.isEmpty() || out.isEmpty()) return out;
        String group = MeasureGroups.groupOf(asked.get());
        if (!measuredFigures(d, group, out).isEmpty()) return out;
        List<String> sentences = texts.sentences(d).stream().filter(x -> out.stream().anyMatch(x::contains)).toList();
        List<String> first = measuredFigures(d, group, sentences);
        if (first.isEmpty()) return out;
        var both = new ArrayList<>(first);
        out.stream().filter(c -> !both.contains(c)).forEach(both::add);
        return both;
    }

    /** The clauses of these texts, none about a longer name, where a figure (no ordinal) is written right before one of the measure words. */
    private static List<String> measuredFigures(Dataset d, String measureWords, List<String> texts) {
        var out = new ArrayList<String>();
        for (String text : texts) {
            for (String clause : CLAUSE.split(text)) {
                String c = clause.strip();
                if (namesLonger(d, c)) continue;
                Matcher m = NUMBER.matcher(c);
                while (m.find()) {
                    // "每2分钟记录一次": a small Chinese numeral before the measure word says how often, not how many
                    if (m.group(1).isBlank() || m.end() >= c.length() || ordinal(c, m) || notAFigure(c, m)
                            || m.group(1).matches("[一两二三]") && m.group(2) == null) continue;
                    if (measureWords.indexOf(c.charAt(m.end())) >= 0 && !out.contains(c)) out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The clauses of the entry that state one of its counts (not tokens, the parts of a sample; not the small numbers
     * of how it is made), at most two.
     */
    private List<String> sizeClauses(Dataset d) {
        List<org.catalogchat.catalog.SizeFigure> counts = d.facets().sizes().stream()
                .filter(f -> SizeThresholds.genericCount(f) && f.value() >= CompareComposer.MIN_SIZE).toList();
        var out = new ArrayList<String>();
        for (String sentence : texts.sentences(d)) {
            for (String clause : CLAUSE.split(sentence)) {
                String stripped = clause.strip();
                String own = ownPart(d, stripped);
                if (counts.stream().anyMatch(f -> own.contains(f.text())) && !namesLonger(d, clause) && !out.contains(stripped)) {
                    out.add(stripped);
                }
                if (out.size() == 2) return out;
            }
        }
        // a count in a unit the units glossary does not know ("2,000段…录音") is still the entry's size
        if (out.isEmpty()) CompareComposer.counted(d).ifPresent(out::add);
        return out;
    }

    /** The clauses of the entry's own text (not a longer name's) where a figure counts one of the forms. */
    private List<String> ownFigures(Dataset d, List<String> nounForms) {
        var out = new ArrayList<String>();
        Set<String> measures = measureWords(d, nounForms);
        for (String sentence : texts.sentences(d)) {
            String[] clauses = CLAUSE.split(sentence);
            for (int i = 0; i < clauses.length; i++) {
                String clause = clauses[i].strip();
                if (!counts(ownPart(d, clause), nounForms, measures) || namesLonger(d, clause)) continue;
                String quoted = clause;
                // the next clause goes on about the same thing: it writes the noun, or leaves it out after a figure
                // ("每类取2,500个图像块，共57,500个")
                if (i + 1 < clauses.length && !counts(clauses[i + 1], nounForms, measures)
                        && (writesAny(clauses[i + 1], nounForms) || totalsTheClause(clause, clauses[i + 1], nounForms))) {
                    String next = clauses[i + 1].strip();
                    int from = sentence.indexOf(clause);
                    int to = sentence.indexOf(next, from + clause.length());
                    if (from >= 0 && to >= 0) quoted = sentence.substring(from, to + next.length());
                }
                if (!out.contains(quoted)) out.add(quoted);
            }
        }
        return out;
    }

    /** Whether the next clause's figure leaves out the noun this clause's figure counted ({@link ElidedNouns}). */
    private static boolean totalsTheClause(String clause, String next, List<String> nounForms) {
        String both = clause + "，" + next;
        Matcher m = NUMBER.matcher(both);
        while (m.find()) {
            if (m.start() > clause.length() && ElidedNouns.countsLikeEarlier(both, m.start(), m.end(), nounForms)) return true;
        }
        return false;
    }

    /**
     * The sentences of the entry that write the part as a part ({@link MentionedPart#writtenAsPart}) and count the noun
     * in the clause naming it, or in the clauses after it when the next one goes on about it (该数据集…, 它…): where the
     * part's figures are. A figure in another clause is the entry's ("训练集 DUTS-TR 有10,553张图像，取自 ImageNet…"
     * gives no figure of ImageNet).
     */
    List<String> partFigures(Dataset d, String part, List<String> nounForms) {
        var out = new ArrayList<String>();
        Set<String> measures = measureWords(d, nounForms);
        for (String sentence : texts.sentences(d)) {
            if (!MentionedPart.writtenAsPart(sentence, part)) continue;
            String[] clauses = CLAUSE.split(sentence);
            for (int i = 0; i < clauses.length; i++) {
                if (MentionedPart.at(clauses[i], part) < 0) continue;
                int last = i + 1 < clauses.length && ANAPHOR.matcher(clauses[i + 1].strip()).lookingAt() ? clauses.length - 1 : i;
                for (int j = i; j <= last; j++) {
                    if (counts(clauses[j].strip(), nounForms, measures)) {
                        if (!out.contains(sentence.strip())) out.add(sentence.strip());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A clause that opens by pointing back at what the clause before named: it goes on about it. */
    private static final Pattern ANAPHOR = Pattern.compile("该|它|其|this\\b|it\\b|which\\b", Pattern.CASE_INSENSITIVE);

    /** Whether a figure in the clause counts one of the forms, or is written right before one of the measure words. */
    private static boolean counts(String clause, List<String> nounForms, Set<String> measures) {
        if (amount(clause, nounForms).isPresent()) return true;
        if (measures.isEmpty()) return false;
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            if (!m.group(1).isBlank() && m.end() < clause.length() && !ordinal(clause, m)
                    && measures.contains(clause.substring(m.end(), m.end() + 1))) return true;
        }
        return false;
    }

    /**
     * The single characters this entry writes right after a figure that the dictionary glosses as the English noun
     * counted ("分成5折" for "how many folds": 折 "to fold"). One character is part of countless words, so it counts
     * only where it follows a figure directly, as a measure word does.
     */
    private Set<String> measureWords(Dataset d, List<String> nounForms) {
        if (vocabulary.isEmpty()) return Set.of();
        var english = new java.util.LinkedHashSet<String>();
        nounForms.stream().filter(f -> f.matches("[A-Za-z][A-Za-z -]*")).map(f -> f.toLowerCase(Locale.ROOT)).forEach(english::add);
        // "人更多", "多少人": a noun asked in Chinese has its main senses (人 "person", "people") say which
        // classifiers count it; asked in English, its own forms do
        var senses = new java.util.LinkedHashSet<String>(english);
        // "how many signers", "writers": a noun for one who does something counts people, by 名, 位 ("classifier for
        // people") as a noun for people does
        if (english.stream().anyMatch(this::agentNoun)) senses.addAll(PEOPLE);
        if (english.isEmpty()) {
            for (String f : nounForms) {
                if (f.length() <= 2 && TopicMatcher.hasHan(f)) {
                    vocabulary.get().toEnglish(f).stream().limit(2).map(g -> g.toLowerCase(Locale.ROOT)).forEach(senses::add);
                }
            }
        }
        if (senses.isEmpty()) return Set.of();
        var out = new java.util.HashSet<String>();
        var rejected = new java.util.HashSet<String>();
        for (String sentence : texts.sentences(d)) {
            Matcher m = NUMBER.matcher(sentence);
            while (m.find()) {
                if (m.group(1).isBlank() || m.end() >= sentence.length()) continue;
                String c = sentence.substring(m.end(), m.end() + 1);
                if (!TopicMatcher.hasHan(c) || out.contains(c) || rejected.contains(c)) continue;
                boolean says = vocabulary.get().toEnglish(c).stream().map(g -> withoutArticle(g.toLowerCase(Locale.ROOT)))
                        .anyMatch(g -> english.contains(g) || classifies(g, senses));
                (says ? out : rejected).add(c);
            }
        }
        return out;
    }

    /** 步 "a step": the dictionary's article is no part of the noun. */
    private static String withoutArticle(String gloss) {
        return gloss.replaceFirst("^(?:a|an|the) ", "");
    }

    /**
     * Whether an English noun names one who does something: "-er" / "-or" after a verb the dictionary glosses
     * ("signer" → sign, "writer" → write, "annotator" → annotate). A person: counted by the measure words for people.
     */
    private boolean agentNoun(String noun) {
        String w = CatalogVocabulary.singular(noun);
        if (vocabulary.isEmpty() || !w.matches("[a-z]{2,}(?:er|or)")) return false;
        String stem = w.substring(0, w.length() - 2);
        return vocabulary.get().verb(stem) || vocabulary.get().verb(stem + "e");
    }

    /** Whether a gloss makes its character the measure word of one of the nouns: 名 "classifier for people". */
    private static boolean classifies(String gloss, Set<String> english) {
        if (!gloss.startsWith(CLASSIFIER_FOR)) return false;
        for (String w : gloss.substring(CLASSIFIER_FOR.length()).split("[\\s,;()]+")) {
            if (english.contains(w) || english.contains(CatalogVocabulary.singular(w))) return true;
        }
        return false;
    }

    /**
     * The value a figure clause gives for the noun: a figure followed by the noun ({@link #amount}), else the first
     * figure written right before one of the entry's measure words for it ("约50万名…参与者" for people).
     */
    OptionalDouble amountIn(Dataset d, String clause, List<String> nounForms) {
        OptionalDouble v = amount(clause, nounForms);
        if (v.isPresent()) return v;
        var measures = new java.util.HashSet<>(measureWords(d, nounForms));
        // "近34,000次入院记录" for ICU admissions: the measure words of the noun's kind where no Chinese word names it
        MeasureGroups.forEnglish(nounForms).chars().forEach(c -> measures.add(String.valueOf((char) c)));
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            if (m.group(1).isBlank() || m.end() >= clause.length() || ordinal(clause, m)) continue;
            if (measures.contains(clause.substring(m.end(), m.end() + 1))) return Quantities.value(m.group(1), m.group(2));
        }
        return OptionalDouble.empty();
    }

    /** A release's size or version tag written after its name and a space: " 4.8M", " 10k", " v2", " 2.0". */
    static final Pattern RELEASE_TAG = Pattern.compile(" (?:\\d+(?:\\.\\d+)?[kKmMbBtT]|v\\d+(?:\\.\\d+)?|\\d+\\.\\d+)(?![\\w.])");

    /**
     * Whether the clause writes a longer name that one of the entry's names begins ("Objaverse-XL" in Objaverse's
     * text, "HM3D-Semantics" in HM3D's), or one of its names with a release tag after it that is no name of the entry
     * ("ShareGPT4Video 4.8M"): a successor, a part or another release, whose figures are its own, not the entry's.
     */
    static boolean namesLonger(Dataset d, String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        if (introducesPart(lower)) return false;
        for (String name : d.allNames()) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.length() < 3 || TopicMatcher.hasHan(n)) continue;
            for (int at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
                if (at > 0 && latin(lower.charAt(at - 1))) continue; // inside another word
                int end = at + n.length();
                // "ShareGPT4Video 4.8M" in ShareGPT4Video's text: a size or version tag after a space names a release
                Matcher tag = RELEASE_TAG.matcher(lower).region(end, lower.length());
                if (tag.lookingAt()) {
                    String tagged = lower.substring(at, tag.end());
                    if (d.allNames().stream().noneMatch(x -> x.strip().equalsIgnoreCase(tagged))) return true;
                }
                int to = end;
                while (to < lower.length() && (latin(lower.charAt(to)) || lower.charAt(to) == '-' && to + 1 < lower.length()
                        && latin(lower.charAt(to + 1)))) to++;
                if (to == end || lower.substring(end, to).equals("s")) continue; // a plural is the same name
                String token = lower.substring(at, to);
                if (d.allNames().stream().noneMatch(x -> x.strip().equalsIgnoreCase(token))) return true;
            }
        }
        return false;
    }

    /**
     * The clause without what it says in parentheses about another release: "同一论文还发布了…的 PEMS-BAY（旧金山湾区325个
     * 传感器、6个月）" in METR-LA's entry gives PEMS-BAY's sensors, not METR-LA's. A parenthesis right after a name-like
     * token that is none of the entry's names (nor one of them continued, which {@link #namesLonger} judges) describes
     * that other thing; a clause that introduces it as a part of the entry (分为 ETTh1、ETTh2（各17,420行）) keeps it.
     */
    static String ownPart(Dataset d, String clause) {
        if (introducesPart(clause)) return clause;
        Matcher m = NAME_LIKE.matcher(clause);
        var out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (m.start() < from) continue;
            int open = m.end();
            while (open < clause.length() && clause.charAt(open) == ' ') open++;
            if (open >= clause.length() || clause.charAt(open) != '（' && clause.charAt(open) != '(') continue;
            String token = m.group().toLowerCase(Locale.ROOT);
            boolean own = d.allNames().stream().map(n -> n.strip().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> !n.isEmpty() && (n.contains(token) || token.startsWith(n)));
            if (own) continue;
            int close = clause.indexOf(clause.charAt(open) == '（' ? '）' : ')', open);
            out.append(clause, from, open);
            from = close < 0 ? clause.length() : close + 1;
        }
        return from == 0 ? clause : out.append(clause.substring(from)).toString();
    }

    /** Whether a clause introduces what it names as a part of the entry (其中, 分为, 子集, subset). */
    static boolean introducesPart(String clause) {
        return PART_CUE.matcher(clause.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The value of the first figure in the clause that counts one of the forms ("超过22,400小时" → 22400). */
    static OptionalDouble amount(String clause, List<String> nounForms) {
        Matcher m = NUMBER.matcher(clause);
        OptionalDouble perItem = OptionalDouble.empty();
        while (m.find()) {
            if (m.group(1).isBlank() || notAFigure(clause, m) || ordinal(clause, m) || inItsOwnUnit(clause, m, nounForms)) continue;
            String after = clause.substring(m.end(), Math.min(clause.length(), m.end() + NOUN_WINDOW + 6))
                    .toLowerCase(Locale.ROOT);
            String longer = clause.substring(m.end(), Math.min(clause.length(), m.end() + RELATIVE_WINDOW))
                    .toLowerCase(Locale.ROOT);
            boolean counts = nounForms.stream().anyMatch(f -> {
                String form = f.toLowerCase(Locale.ROOT);
                int at = after.indexOf(form);
                if (at >= 0 && at <= NOUN_WINDOW) return true;
                // "715个从Bilibili平台收集并标注的视频", "22种不同形态的机器人", "164道人工手写的 Python 编程题": a
                // measure word, a relative clause with 的, then the noun, with no other figure in between;
                int far = longer.indexOf(form);
                if (far <= 1 || MEASURE_WORDS.indexOf(longer.charAt(0)) < 0) return false;
                String between = longer.substring(1, far);
                // "13,948道多项选择题": or a few modifying characters with no 的, joined by 、 or not
                // ("824个基准、基本气象站": reference and basic stations; "9个碳、氮、氧、氟重原子": each 、 of a list of
                // modifiers is punctuation, not a character of the modifier)
                // a figure in its own unit inside the clause is a property of the noun ("8,732段不超过4秒的…音频"), no count
                String unmeasured = MEASURED_FIGURE.matcher(between).replaceAll("");
                return between.indexOf('的') >= 0 && !unmeasured.matches(".*[\\d，。；].*")
                        || far - enumerationCommas(between) <= COMPOUND_WINDOW && between.matches("[\\p{IsHan}]+(、[\\p{IsHan}]+)*");
            });
            if (!counts) counts = nounBefore(clause, m, nounForms);
            if (!counts) counts = ElidedNouns.countsLikeEarlier(clause, m.start(), m.end(), nounForms);
            if (counts) {
                OptionalDouble v = Quantities.value(m.group(1), m.group(2));
                // "每类取2,500个图像块，共57,500个": a figure per item answers only where no total follows it
                if (v.isPresent() && ElidedNouns.perEach(clause, m.start())) {
                    if (perItem.isEmpty()) perItem = v;
                } else if (v.isPresent()) {
                    return v;
                }
            }
        }
        return perItem;
    }

    /**
     * Whether the figure is written in a unit of measure of its own ("27小时录音", "45,000公里") while the noun counted is
     * none: the figure measures that unit, it does not count the noun after it.
     */
    private static boolean inItsOwnUnit(String clause, Matcher m, List<String> nounForms) {
        if (!OWN_UNIT.matcher(clause).region(m.end(), clause.length()).lookingAt()) return false;
        return nounForms.stream().noneMatch(f -> OWN_UNIT.matcher(f).lookingAt());
    }

    /**
     * "三维结构已超过22万个", "志愿者共计5万名": the noun comes first and the figure closes the clause with its measure
     * word alone; between them only a few characters of verbs and adverbs (已超过, 共计, 达), no other figure.
     */
    private static boolean nounBefore(String clause, Matcher m, List<String> nounForms) {
        int end = m.end();
        if (end >= clause.length()) return false;
        if (end + 1 < clause.length() && TopicMatcher.isHan(clause.charAt(end + 1))) return false;
        // "从1.1万人增加到7.8万人": the figure a change starts from is the old one, not the noun's figure
        if (CHANGE_FROM.matcher(clause).region(Math.min(end + 1, clause.length()), clause.length()).lookingAt()) return false;
        String before = clause.substring(0, m.start());
        for (String f : nounForms) {
            if (f.length() < 2 || !TopicMatcher.hasHan(f)) continue;
            // "说话人…7.8万人": a noun's own head character after the figure measures it as a measure word does
            if (MEASURE_WORDS.indexOf(clause.charAt(end)) < 0 && clause.charAt(end) != f.charAt(f.length() - 1)) continue;
            int at = before.lastIndexOf(f);
            if (at < 0) continue;
            // "每种调制每档信噪比1,000个": a figure per each of the noun is no count of it
            if (PER_EACH.matcher(before.substring(Math.max(0, at - 2), at)).find()) continue;
            String gap = before.substring(at + f.length());
            if (gap.length() <= NOUN_BEFORE_GAP && gap.matches("[\\p{IsHan}]*")) return true;
            // "说话人从1.1万人增加到7.8万人": a change written from one figure to another gives the noun's figure after it
            if (CHANGE.matcher(gap).matches()) return true;
        }
        return false;
    }

    /** 每 right before a noun, or with a measure word between (每种, 每个): the figure after it is per item. */
    private static final Pattern PER_EACH = Pattern.compile("每[" + MEASURE_WORDS + "]?$");

    /** The verb of a change and where it goes: "增加到", "扩展到", "至". */
    private static final String CHANGE_TO = "(?:增加|扩展|扩大|增长|提高|提升|上升|增)?(?:到|至)";
    /** What follows the old figure of a change and its measure word. */
    private static final Pattern CHANGE_FROM = Pattern.compile(CHANGE_TO);
    /** What stands between a noun and its new figure in a change: "从1.1万人增加到", "从700小时扩展到". */
    private static final Pattern CHANGE = Pattern.compile("从[\\d,.万亿千百]+[\\p{IsHan}]?" + CHANGE_TO);

    /**
     * A Chinese numeral inside a word is no figure: 三维物体 is "3D objects", not three objects. One counts when a unit
     * (万, 亿) or a measure word follows it, or the counted noun right after it ("五折" is checked by its caller).
     */
    private static boolean notAFigure(String clause, Matcher m) {
        if (!m.group(1).chars().allMatch(c -> "零一二两三四五六七八九十百千".indexOf(c) >= 0) || m.group(2) != null) return false;
        return m.end() < clause.length() && MEASURE_WORDS.indexOf(clause.charAt(m.end())) < 0
                && "小时年天秒分岁".indexOf(clause.charAt(m.end())) < 0;
    }

    /**
     * "第一个大规模哺乳动物姿态估计基准", "第3版": a number after 第 says which one, not how many; it counts nothing.
     */
    private static boolean ordinal(String clause, Matcher m) {
        return m.start() > 0 && clause.charAt(m.start() - 1) == '第';
    }

    private static int enumerationCommas(String text) {
        return (int) text.chars().filter(c -> c == '、').count();
    }

    private static boolean writesAny(String clause, List<String> forms) {
        String lower = clause.toLowerCase(Locale.ROOT);
        return forms.stream().anyMatch(f -> f.length() >= 2 && lower.contains(f.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the sentence writes a word of two characters ending like this two-character Chinese word: 竞赛 for 比赛.
     * The head must be no grammar character, and the sentence must write it after another character. A longer
     * compound shares its head when the sentence writes its last two characters (总人口 in 全国人口).
     */
    static boolean sharesHead(String sentence, String word) {
        // "总人口" where the entry writes 全国人口共…: a longer compound's last two characters are its head word
        if (word.length() >= 3 && TopicMatcher.allHan(word)) {
            String head = word.substring(word.length() - 2);
            return PlanWords.FUNCTION_CHARS.indexOf(head.charAt(0)) < 0 && PlanWords.FUNCTION_CHARS.indexOf(head.charAt(1)) < 0
                    && sentence.contains(head);
        }
        if (word.length() != 2 || !TopicMatcher.hasHan(word)) return false;
        char head = word.charAt(1);
        if (PlanWords.FUNCTION_CHARS.indexOf(head) >= 0) return false;
        for (int at = sentence.indexOf(head, 1); at > 0; at = sentence.indexOf(head, at + 1)) {
            if (TopicMatcher.isHan(sentence.charAt(at - 1))) return true;
        }
        return false;
    }

    /** Rarer subjects say more about what is asked: inverse document frequency over the catalog. */
    private double weight(int documentFrequency) {
        return Math.log(1 + texts.size() / (double) Math.max(1, documentFrequency));
    }
}
