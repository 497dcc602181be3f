package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Quantities;

/**
 * Step 3 for questions that name one entry: the fields asked for, the sentences or figures of the description
 * that answer a detail, or a plain "the catalog does not state" when the text is silent. Two or more named
 * entries are a comparison ({@link CompareComposer}).
 */
final class FactComposer {
    private static final Pattern MADE_BY = Pattern.compile(
            "由\\s*[^，。；]{1,40}?\\s*(?:联合|共同|合作)?(?:创建|创立|创办|发布|构建|提出|开发|推出|建立|发起|维护|主导|牵头|编制|收集|采集|整理|合成|编写|策划|制作)");
    /**
     * "随哈佛大学 Yuntian Deng、Alexander Rush 等人…的论文公开", "邵振峰团队": where no clause says 由 who made it, one naming
     * people as the authors (等人) or a team does.
     */
    private static final Pattern MADE_BY_PEOPLE = Pattern.compile("[A-Za-z\\p{IsHan}]\\s*(?:等人|团队|课题组|研究组)");
    private final Wording words;

    FactComposer(Wording words) {
        this.words = words;
    }

    Answer fact(QueryPlan p, Evidence e) {
        List<Dataset> datasets = p.named();
        Language lang = p.language();
        var sb = new StringBuilder();
        for (int i = 0; i < datasets.size(); i++) {
            if (i > 0) sb.append("\n\n");
            sb.append(factText(p, e, datasets.get(i), i + 1));
        }
        sb.append(SourcesFooter.of(datasets, lang));
        return new Answer(sb.toString(), sources(datasets), List.of(), Intent.FACT, lang, "grounded");
    }

    Answer notStated(QueryPlan p, Evidence e) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        List<Dataset> datasets = p.named();
        Optional<String> what = detailLabel(p, lang);
        // the asked words themselves are no noun phrase ("government department funds us"): quoted, not inflected
        String asked = askedWords(p, zh, datasets.get(0));
        var parts = new ArrayList<String>();
        for (int i = 0; i < datasets.size(); i++) {
            String name = "**" + datasets.get(i).name() + "** [" + (i + 1) + "]";
            if (what.isPresent() || asked.isEmpty()) {
                String label = what.orElse(zh ? "这一点" : "this");
                parts.add(zh ? "目录未说明 " + name + " 的" + label + "。"
                        : what.isPresent() ? "The catalog does not state " + name + "'s " + label + "." : "The catalog does not state this for " + name + ".");
            } else {
                parts.add(zh ? "目录未说明 " + name + " 的这一点：条目中没有写到“" + asked + "”。"
                        : "The catalog does not state this for " + name + ": its entry writes nothing about “" + asked + "”.");
            }
        }
        String text = String.join(" ", parts) + (zh ? "下面是目录中该条目的内容。" : " Here is what its entry does say.")
                + "\n\n" + overview(datasets.get(0), lang, " [1]") + SourcesFooter.of(datasets, lang);
        return new Answer(text, sources(datasets), List.of(), Intent.FACT, lang, "grounded");
    }

    /** What was asked, in the reader's language, when it has a name: "licence", "number of speakers", "数量". */
    private static Optional<String> detailLabel(QueryPlan p, Language lang) {
        boolean zh = lang == Language.ZH;
        if (!p.countedNoun().isEmpty() && p.countedNoun().get(0).equals(Planner.BYTES)) return Optional.of(zh ? "存储大小" : "storage size");
        if (p.subjects().stream().anyMatch(s -> s.text().equals(Planner.ISSUES))) return Optional.of(zh ? "已知问题" : "known issues");
        if (!p.countedNoun().isEmpty()) {
            String noun = p.countedNoun().get(0);
            return Optional.of(zh ? noun + "数量" : "number of " + noun);
        }
        for (AttributeLabel l : ATTRIBUTE_LABELS) {
            if (p.subjects().stream().anyMatch(s -> s.text().equals(l.subject()))) return Optional.of(zh ? l.zh() : l.en());
        }
        return Optional.empty();
    }

    /** The label of an attribute the planner asks as a subject of its own, in each language. */
    private record AttributeLabel(String subject, String zh, String en) {
    }

    /** In the order they are tried: a question asking two names the first. */
    private static final List<AttributeLabel> ATTRIBUTE_LABELS = List.of(
            new AttributeLabel(Planner.LICENCE, "许可协议", "licence"),
            new AttributeLabel(Planner.SOURCE, "数据来源", "data source"),
            new AttributeLabel(Planner.RESOLUTION, "分辨率", "resolution"),
            new AttributeLabel(Planner.FRAME_RATE, "帧率", "frame rate"),
            new AttributeLabel(Planner.DURATION, "时长", "duration"));

    /** The question's subject words in the order it writes them: 已知、问题 / happened … day. */
    private static String askedWords(QueryPlan p, boolean zh, Dataset d) {
        String q = p.query().text().toLowerCase(java.util.Locale.ROOT);
        // "受试者年龄范围": the entry writes 受试者; what it leaves unwritten is what it does not state
        String written = EntryTexts.ownText(d);
        List<Subject> unwritten = p.subjects().stream().filter(x -> !EntryTexts.writesAnyForm(written, x)).toList();
        List<Subject> told = unwritten.isEmpty() ? p.subjects() : unwritten;
        return String.join(zh ? "、" : ", ", told.stream().map(Subject::text)
                .filter(t -> !t.equals(Planner.CONTENT) && !t.equals(Planner.DURATION)).distinct()
                .sorted(java.util.Comparator.comparingInt(t -> {
                    int at = q.indexOf(t.toLowerCase(java.util.Locale.ROOT));
                    return at < 0 ? Integer.MAX_VALUE : at;
                })).toList());
    }

    private String factText(QueryPlan p, Evidence e, Dataset d, int n) {
        Language lang = p.language();
        String cite = " [" + n + "]";
        String name = "**" + d.name() + "**";
        boolean zh = lang == Language.ZH;
        Set<Query.Aspect> aspects = p.query().aspects();
        var parts = new ArrayList<String>();
        if (!e.figuresOf(d).isEmpty()) {
            List<String> figures = withSentences(e.figuresOf(d), e.sentencesOf(d));
            parts.add(zh ? name + "：" + quote(figures, lang) + cite + "。"
                    : "As the catalog states it for " + name + ": " + quote(figures, lang) + cite + ".");
            // "有多少道多选题，覆盖哪些领域": a sentence writing what the quoted figures leave unwritten answers the rest
            List<String> rest = alsoAsked(p, e, e.sentencesOf(d), figures);
            if (!rest.isEmpty()) parts.add(zh ? "目录中还写道：" + quote(rest, lang) + cite + "。"
                    : "The entry also says: " + quote(rest, lang) + cite + ".");
            // "how much data": bytes answer it, but so may the counts; the entry's size goes with its bytes
            String size = !p.countedNoun().isEmpty() && p.countedNoun().get(0).equals(Planner.BYTES) ? words.sizeQuote(d, lang) : "";
            if (!size.isEmpty()) parts.add(zh ? name + " 的规模：" + size + cite + "。" : "Size of " + name + ", as the catalog states it: " + size + cite + ".");
        } else if (aspects.isEmpty() && !e.sentencesOf(d).isEmpty()) {
            parts.add(zh ? name + "：" + quote(e.sentencesOf(d), lang) + cite
                    : "From the catalog entry for " + name + ": " + quote(e.sentencesOf(d), lang) + cite);
        }
        if (aspects.isEmpty()) return parts.isEmpty() ? overview(d, lang, cite) : String.join(" ", parts);
        // "HumanEval出自哪篇论文", "LAION-5B里英语样本有多少": a field was asked (publisher, size) but also a detail
        // its words find in the description; the sentence goes after the field.
        boolean moreThanTheField = p.subjects().size() > e.generic().size() && e.figuresOf(d).isEmpty();
        String detail = moreThanTheField && !e.sentencesOf(d).isEmpty()
                ? (zh ? name + "：" + quote(e.sentencesOf(d), lang) + cite : "From the catalog entry for " + name + ": "
                + quote(e.sentencesOf(d), lang) + cite) : "";
        if (aspects.contains(Query.Aspect.PUBLISHER)) {
            parts.add(zh ? name + " 的发布机构是" + words.publishers(d, lang) + cite + "。"
                    : name + " was released by " + words.publishers(d, lang) + cite + ".");
            // the field names organisations; the text may name the person or team ("由 Kalev Leetaru 创建")
            maker(d).filter(c -> e.sentencesOf(d).stream().noneMatch(x -> x.contains(c)))
                    .ifPresent(c -> parts.add((zh ? "目录中写道：" : "The entry says: ") + quote(List.of(c), lang) + cite
                            + (zh ? "。" : ".")));
        }
        if (aspects.contains(Query.Aspect.DATE) || aspects.contains(Query.Aspect.PUBLISHER)) {
            parts.add(!d.released().isStated()
                    ? (zh ? "目录未写明 " + name + " 的发布时间" + cite + "。" : "The catalog does not state when " + name + " was released" + cite + ".")
                    : zh ? name + " 的发布时间是 " + d.released() + cite + "。"
                    : name + " was " + Wording.releasedPhrase(d.released(), lang) + cite + ".");
        }
        if (aspects.contains(Query.Aspect.SIZE) && e.figuresOf(d).isEmpty()) {
            String size = words.sizeQuote(d, lang);
            parts.add(size.isEmpty()
                    ? (zh ? "目录未说明 " + name + " 的规模" + cite + "。" : "The catalog does not state the size of " + name + cite + ".")
                    : (zh ? name + " 的规模：" + size + cite + "。" : "Size of " + name + ", as the catalog states it: " + size + cite + "."));
        }
        if (aspects.contains(Query.Aspect.LINK)) {
            parts.add(zh ? name + " 的数据集地址：" + d.url() + cite : "Dataset page of " + name + ": " + d.url() + cite);
        }
        if (!detail.isEmpty()) parts.add(detail);
        return String.join(" ", parts);
    }

    /** The sentences, none quoted yet, that write a subject (not one nearly every entry writes) the quoted text does not. */
    private static List<String> alsoAsked(QueryPlan p, Evidence e, List<String> sentences, List<String> quoted) {
        List<Subject> unanswered = p.subjects().stream().filter(x -> !e.generic().contains(x)
                && quoted.stream().noneMatch(q -> EntryTexts.writes(q, x))).toList();
        return sentences.stream().filter(s -> quoted.stream().noneMatch(q -> q.contains(s))
                && unanswered.stream().anyMatch(x -> EntryTexts.writes(s, x))).toList();
    }

    /** The clause of the description that says who made the entry ("由…创建", "由…联合发布"), if any. */
    private static Optional<String> maker(Dataset d) {
        String[] clauses = d.description().split("[，。；;！？\\n]");
        for (String clause : clauses) {
            var m = MADE_BY.matcher(clause);
            if (m.find()) return Optional.of(clause.substring(m.start()).strip());
        }
        for (String clause : clauses) {
            if (MADE_BY_PEOPLE.matcher(clause).find()) return Optional.of(clause.strip());
        }
        return Optional.empty();
    }

    /**
     * A figure's clause widened to its whole sentence when that sentence is also one that writes the question's
     * other subjects: "715个…视频，总时长超过21小时" answers both halves of "多少个视频，总时长多少".
     */
    private static List<String> withSentences(List<String> figures, List<String> sentences) {
        var out = new ArrayList<String>();
        for (String clause : figures) {
            String whole = sentences.stream().filter(s -> s.contains(clause)).findFirst().orElse(clause);
            if (!out.contains(whole)) out.add(whole);
        }
        return out;
    }

    /** Catalog sentences quoted as written; for English readers with their figures glossed: 4300万 (43 million). */
    static String quote(List<String> sentences, Language lang) {
        String joined = String.join(" ", sentences);
        return lang == Language.ZH ? "“" + joined + "”" : "“" + Quantities.annotate(joined) + "”";
    }

    String overview(Dataset d, Language lang, String cite) {
        boolean zh = lang == Language.ZH;
        var sb = new StringBuilder("**").append(d.name()).append("**").append(cite).append("\n");
        if (d.released().isStated()) sb.append(zh ? "\n- 发布时间：" : "\n- Released: ").append(d.released());
        sb.append(zh ? "\n- 发布机构：" : "\n- Publishers: ").append(words.publishers(d, lang));
        String size = words.sizeQuote(d, lang);
        if (!size.isEmpty()) sb.append(zh ? "\n- 规模：" : "\n- Size: ").append(size);
        if (!d.url().isBlank()) sb.append(zh ? "\n- 地址：" : "\n- Link: ").append(d.url());
        sb.append(zh ? "\n- 简介：" : "\n- About: ").append(words.summary(d, lang));
        return sb.toString();
    }

    static List<Source> sources(List<Dataset> datasets) {
        return datasets.stream().map(d -> Source.of(d, 1.0)).toList();
    }
}
