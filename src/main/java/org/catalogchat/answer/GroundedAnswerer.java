package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.SizeFigure;
import org.catalogchat.retrieval.Retriever;
import org.catalogchat.retrieval.SearchHit;

/**
 * The default answerer: deterministic, no language model. Every sentence it writes is a catalog fact or
 * a quote of catalog text; filters are exact, so a list is never cut at top-k; and a question the
 * catalog cannot answer gets "not in the catalog" with empty sources.
 *
 * <pre>{@code
 * Answerer a = new GroundedAnswerer(catalog, glossary, parser, retriever);
 * a.answer(Question.of("How many datasets came out in 2022?")).markdown(); // "**4** datasets … 2022 …"
 * }</pre>
 */
public final class GroundedAnswerer implements Answerer {
    private static final int SUGGESTIONS = 3;
    private static final int TOPIC_HITS = 5;
    /** One unknown word is often a verb the stop list lacks; two are a subject the catalog lacks. */
    private static final int UNKNOWN_WORDS_FOR_ABSENT = 2;
    private static final Pattern OR_WORDS = Pattern.compile("\\bor\\b|或者|或|还是");
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(hi|hello|hey|help|你好|您好|帮助|help me|what can you do|你能做什么)[!！.。?？]*\\s*$", Pattern.CASE_INSENSITIVE);

    private final Catalog catalog;
    private final Glossary glossary;
    private final QuestionParser parser;
    private final Retriever retriever;
    private final Wording words;
    /** Each entry's publishers in canonical form, worked out once rather than per question and entry. */
    private final java.util.Map<String, List<String>> canonicalPublishers = new java.util.HashMap<>();

    public GroundedAnswerer(Catalog catalog, Glossary glossary, QuestionParser parser, Retriever retriever) {
        this.catalog = catalog;
        this.glossary = glossary;
        this.parser = parser;
        this.retriever = retriever;
        this.words = new Wording(glossary);
        for (Dataset d : catalog.datasets()) {
            canonicalPublishers.put(d.id(), d.publishers().stream().map(glossary::canonicalPublisher).toList());
        }
    }

    @Override
    public Answer answer(Question question) {
        return answer(understand(question));
    }

    /** The query for a question, with a follow-up's reference ("it") resolved from the conversation. */
    public Query understand(Question question) {
        Query q = parser.parse(question.text());
        if (question.history().isEmpty()) return q;
        List<Source> previous = question.history().get(question.history().size() - 1).answer().sources();
        if (previous.isEmpty() || previous.size() > 2) return q;
        List<Dataset> earlier = previous.stream().map(s -> catalog.byId(s.id())).flatMap(Optional::stream).toList();
        boolean bare = q.named().isEmpty() && !q.hasFilters() && !q.listAll() && !q.count()
                && q.unknownTerms().isEmpty() && q.ranking().isEmpty();
        if (bare && (q.followUp() || !q.aspects().isEmpty())) return q.withNamed(earlier);
        if (q.followUp() && q.compare() && q.named().size() == 1 && !earlier.contains(q.named().get(0))) {
            var both = new ArrayList<>(earlier.subList(0, 1));
            both.addAll(q.named());
            return q.withNamed(both);
        }
        return q;
    }

    public Answer answer(Query q) {
        if (!q.named().isEmpty()) {
            return q.named().size() >= 2 && (q.compare() || q.ranking().isPresent())
                    ? compare(q, q.named()) : fact(q, q.named(), Intent.FACT);
        }
        boolean structured = q.hasFilters() || q.listAll() || q.ranking().isPresent() || q.count();
        if (!structured) return search(q);
        List<Dataset> matching = filter(q);
        if (asksBeyondItsTopics(q)) return notFound(q, absentWords(q), suggestions(matching));
        if (q.count()) return count(q, matching);
        if (matching.isEmpty()) return notFound(q, describe(q, q.language()));
        if (q.ranking().isPresent()) return ranked(q, matching);
        if (matching.size() == 1 && !q.aspects().isEmpty()) return fact(q, matching, Intent.FACT);
        boolean topicOnly = q.publishers().isEmpty() && q.dates().isEmpty() && q.sizeAtLeast().isEmpty() && !q.listAll();
        return list(q, matching, topicOnly ? Intent.TOPIC : Intent.LIST);
    }

    /**
     * "speech emotion in podcasts": the topic (audio) is known but the question's other content words appear
     * nowhere in the catalog, so listing audio datasets would dress up near misses as the answer.
     */
    private static boolean asksBeyondItsTopics(Query q) {
        boolean topicOnly = !q.topics().isEmpty() && q.publishers().isEmpty() && q.dates().isEmpty()
                && q.sizeAtLeast().isEmpty() && q.ranking().isEmpty();
        return topicOnly && q.unknownTerms().size() >= UNKNOWN_WORDS_FOR_ABSENT;
    }

    private static List<SearchHit> suggestions(List<Dataset> near) {
        return near.stream().limit(SUGGESTIONS).map(d -> new SearchHit(d, 0, 0, 0, 0)).toList();
    }

    /** Every entry that meets every condition of the question, newest first. */
    List<Dataset> filter(Query q) {
        boolean anyTopic = OR_WORDS.matcher(q.text().toLowerCase(Locale.ROOT)).find();
        var out = new ArrayList<Dataset>();
        for (Dataset d : catalog.datasets()) {
            if (!q.publishers().isEmpty() && canonicalPublishers.get(d.id()).stream()
                    .noneMatch(q.publishers()::contains)) continue;
            if (q.dates().isPresent() && !q.dates().get().contains(d.released())) continue;
            if (!q.topics().isEmpty()) {
                boolean ok = anyTopic ? q.topics().stream().anyMatch(d::hasTopic) : q.topics().stream().allMatch(d::hasTopic);
                if (!ok) continue;
            }
            if (q.sizeAtLeast().isPresent() && !meetsSize(d, q.sizeAtLeast().get())) continue;
            out.add(d);
        }
        out.sort(Catalog.NEWEST_FIRST);
        return out;
    }

    private static boolean meetsSize(Dataset d, Query.SizeCondition c) {
        return d.facets().sizes().stream().filter(SizeFigure::isCount)
                .filter(f -> c.unit().isEmpty() || f.unit().equals(c.unit())
                        || c.unit().equals("images") && f.unit().equals("pairs"))
                .anyMatch(f -> f.value() >= c.value());
    }

    private Answer search(Query q) {
        Language lang = q.language();
        if (GREETING.matcher(q.text()).matches() || q.text().isBlank()) return help(lang);
        List<SearchHit> hits = retriever.search(q.text(), TOPIC_HITS * 2);
        // Nothing the catalog uses was asked about: whatever retrieval ranks first would be a dressed-up guess.
        if (q.knownTerms().isEmpty()) return notFound(q, absentWords(q), hits);
        double top = hits.stream().mapToDouble(SearchHit::lexical).max().orElse(0);
        List<SearchHit> relevant = hits.stream().filter(h -> h.lexical() > 0 && h.lexical() >= top * 0.5)
                .limit(TOPIC_HITS).toList();
        if (relevant.isEmpty() || !q.unknownTerms().isEmpty() && q.unknownTerms().size() >= q.knownTerms().size()) {
            return notFound(q, absentWords(q), hits);
        }
        List<Dataset> found = relevant.stream().map(SearchHit::dataset).toList();
        if (found.size() == 1 || !q.aspects().isEmpty() && relevant.get(0).lexical() > 2 * secondLexical(relevant)) {
            return fact(q, found.subList(0, 1), Intent.TOPIC);
        }
        var sb = new StringBuilder(lang == Language.ZH
                ? "目录中与“" + q.text() + "”最相关的数据集：\n"
                : "These catalog entries match “" + q.text() + "”:\n");
        for (int i = 0; i < found.size(); i++) sb.append('\n').append(words.listItem(i + 1, found.get(i), lang));
        var sources = new ArrayList<Source>();
        for (SearchHit h : relevant) sources.add(Source.of(h.dataset(), h.score()));
        return new Answer(sb.toString(), sources, List.of(), Intent.TOPIC, lang, "grounded");
    }

    private static double secondLexical(List<SearchHit> hits) {
        return hits.size() < 2 ? 0 : hits.get(1).lexical();
    }

    private Answer fact(Query q, List<Dataset> datasets, Intent intent) {
        Language lang = q.language();
        var sb = new StringBuilder();
        for (int i = 0; i < datasets.size(); i++) {
            if (i > 0) sb.append("\n\n");
            sb.append(factText(q, datasets.get(i), i + 1));
        }
        sb.append(Wording.sourcesFooter(datasets, lang));
        return new Answer(sb.toString(), datasets.stream().map(d -> Source.of(d, 1.0)).toList(), List.of(), intent, lang,
                "grounded");
    }

    private String factText(Query q, Dataset d, int n) {
        Language lang = q.language();
        String cite = " [" + n + "]";
        String name = "**" + d.name() + "**";
        Set<Query.Aspect> aspects = q.aspects();
        if (aspects.isEmpty()) return overview(d, lang, cite);
        var parts = new ArrayList<String>();
        boolean zh = lang == Language.ZH;
        if (aspects.contains(Query.Aspect.PUBLISHER)) {
            parts.add(zh ? name + " 的发布机构是" + words.publishers(d, lang) + cite + "。"
                    : name + " was released by " + words.publishers(d, lang) + cite + ".");
        }
        if (aspects.contains(Query.Aspect.DATE) || aspects.contains(Query.Aspect.PUBLISHER)) {
            parts.add(zh ? name + " 的发布时间是 " + d.released() + cite + "。"
                    : name + " was released on " + d.released() + cite + ".");
        }
        if (aspects.contains(Query.Aspect.SIZE)) {
            String size = words.sizeQuote(d, lang);
            parts.add(size.isEmpty()
                    ? (zh ? "目录没有给出 " + name + " 的规模数字" + cite + "。" : "The catalog gives no size figure for " + name + cite + ".")
                    : (zh ? name + " 的规模：" + size + cite + "。" : "Size of " + name + ", as the catalog states it: " + size + cite + "."));
        }
        if (aspects.contains(Query.Aspect.LINK)) {
            parts.add(zh ? name + " 的数据集地址：" + d.url() + cite : "Dataset page of " + name + ": " + d.url() + cite);
        }
        return String.join(" ", parts);
    }

    private String overview(Dataset d, Language lang, String cite) {
        boolean zh = lang == Language.ZH;
        var sb = new StringBuilder("**").append(d.name()).append("**").append(cite).append("\n");
        sb.append(zh ? "\n- 发布时间：" : "\n- Released: ").append(d.released());
        sb.append(zh ? "\n- 发布机构：" : "\n- Publishers: ").append(words.publishers(d, lang));
        String size = words.sizeQuote(d, lang);
        if (!size.isEmpty()) sb.append(zh ? "\n- 规模：" : "\n- Size: ").append(size);
        if (!d.url().isBlank()) sb.append(zh ? "\n- 地址：" : "\n- Link: ").append(d.url());
        sb.append(zh ? "\n- 简介：" : "\n- About: ").append(words.summary(d, lang));
        return sb.toString();
    }

    private Answer compare(Query q, List<Dataset> datasets) {
        Language lang = q.language();
        boolean zh = lang == Language.ZH;
        var sb = new StringBuilder(zh ? "对比 " : "Comparing ");
        var names = new ArrayList<String>();
        for (int i = 0; i < datasets.size(); i++) names.add("**" + datasets.get(i).name() + "** [" + (i + 1) + "]");
        sb.append(zh ? String.join(" 与 ", names) : Wording.joinEnglish(names)).append(zh ? "：\n" : ":\n");
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            sb.append("\n- **").append(d.name()).append("** — ");
            sb.append(zh ? "发布于 " : "released ").append(d.released());
            sb.append(zh ? "，发布机构：" : " by ").append(words.publishers(d, lang));
            String size = words.sizeQuote(d, lang);
            if (!size.isEmpty()) sb.append(zh ? "；规模：" : "; size: ").append(size);
            sb.append(" [").append(i + 1).append("]");
        }
        Dataset newest = datasets.stream().max(Comparator.comparing(Dataset::released)).orElseThrow();
        Dataset oldest = datasets.stream().min(Comparator.comparing(Dataset::released)).orElseThrow();
        if (!newest.released().equals(oldest.released())) {
            sb.append("\n\n").append(zh
                    ? "**" + newest.name() + "** 更新（" + newest.released() + "），**" + oldest.name() + "** 更早（" + oldest.released() + "）。"
                    : "**" + newest.name() + "** is newer (" + newest.released() + "); **" + oldest.name() + "** is older ("
                    + oldest.released() + ").");
        }
        Optional<Dataset> biggest = datasets.stream().filter(d -> d.facets().largestCount() > 0)
                .max(Comparator.comparingDouble(d -> d.facets().largestCount()));
        if (biggest.isPresent() && datasets.stream().allMatch(d -> d.facets().largestCount() > 0)) {
            Dataset b = biggest.get();
            SizeFigure f = largestFigure(b);
            sb.append(zh ? " 按各自给出的最大数字，**" + b.name() + "** 规模最大（" + f.text() + "）。"
                    : " By the largest figure each states, **" + b.name() + "** is the biggest (" + Wording.sizeFigureText(f, lang) + ").");
        }
        sb.append(Wording.sourcesFooter(datasets, lang));
        return new Answer(sb.toString(), datasets.stream().map(d -> Source.of(d, 1.0)).toList(), List.of(),
                Intent.COMPARE, lang, "grounded");
    }

    private static SizeFigure largestFigure(Dataset d) {
        return d.facets().sizes().stream().filter(SizeFigure::isCount).max(Comparator.comparingDouble(SizeFigure::value))
                .orElseThrow();
    }

    private Answer count(Query q, List<Dataset> matching) {
        Language lang = q.language();
        String what = describe(q, lang);
        var sb = new StringBuilder();
        if (matching.isEmpty()) {
            sb.append(lang == Language.ZH ? "**0** 个。目录中没有" + what + "。" : "**0**. The catalog has no " + what + ".");
            return new Answer(sb.toString(), List.of(), suggestionsFor(q), Intent.COUNT, lang, "grounded");
        }
        sb.append(lang == Language.ZH
                ? "目录中共有 **" + matching.size() + "** 个" + what + "：\n"
                : "The catalog has **" + matching.size() + "** " + what + ":\n");
        appendList(sb, matching, lang);
        return new Answer(sb.toString(), sources(matching), List.of(), Intent.COUNT, lang, "grounded");
    }

    private Answer list(Query q, List<Dataset> matching, Intent intent) {
        Language lang = q.language();
        String what = describe(q, lang);
        var sb = new StringBuilder(lang == Language.ZH
                ? "目录中共有 " + matching.size() + " 个" + what + "：\n"
                : "The catalog has " + matching.size() + " " + (matching.size() == 1 ? singular(what) : what) + ":\n");
        appendList(sb, matching, lang);
        return new Answer(sb.toString(), sources(matching), List.of(), intent, lang, "grounded");
    }

    private void appendList(StringBuilder sb, List<Dataset> matching, Language lang) {
        for (int i = 0; i < matching.size(); i++) sb.append('\n').append(words.listItem(i + 1, matching.get(i), lang));
    }

    private Answer ranked(Query q, List<Dataset> matching) {
        Language lang = q.language();
        boolean zh = lang == Language.ZH;
        Query.Ranking r = q.ranking().orElseThrow();
        List<Dataset> candidates = matching;
        if (r == Query.Ranking.LARGEST || r == Query.Ranking.SMALLEST) {
            candidates = matching.stream().filter(d -> d.facets().largestCount() > 0).toList();
            if (candidates.isEmpty()) return notFound(q, describe(q, lang));
        }
        Comparator<Dataset> order = switch (r) {
            case NEWEST -> Comparator.comparing(Dataset::released).reversed();
            case OLDEST -> Comparator.comparing(Dataset::released);
            case LARGEST -> Comparator.comparingDouble((Dataset d) -> d.facets().largestCount()).reversed();
            case SMALLEST -> Comparator.comparingDouble((Dataset d) -> d.facets().largestCount());
        };
        Dataset best = candidates.stream().sorted(order).findFirst().orElseThrow();
        String what = describe(q, lang);
        String name = "**" + best.name() + "** [1]";
        String text = switch (r) {
            case NEWEST -> zh ? "最新的" + what + "是 " + name + "，发布于 " + best.released() + "。"
                    : "The most recent of the " + what + " is " + name + ", released on " + best.released() + ".";
            case OLDEST -> zh ? "最早的" + what + "是 " + name + "，发布于 " + best.released() + "。"
                    : "The earliest of the " + what + " is " + name + ", released on " + best.released() + ".";
            case LARGEST, SMALLEST -> {
                SizeFigure f = largestFigure(best);
                boolean largest = r == Query.Ranking.LARGEST;
                yield zh ? (largest ? "规模最大的" : "规模最小的") + what + "是 " + name + "（按目录给出的最大数字：" + f.text() + "）。"
                        + "\n\n规模：" + words.sizeQuote(best, lang)
                        : "By the largest figure each entry states, the " + (largest ? "largest" : "smallest") + " of the " + what
                        + " is " + name + ": " + Wording.sizeFigureText(f, lang) + ".\n\nSize, as the catalog states it: "
                        + words.sizeQuote(best, lang);
            }
        };
        return new Answer(text + Wording.sourcesFooter(List.of(best), lang), List.of(Source.of(best, 1.0)), List.of(),
                Intent.LIST, lang, "grounded");
    }

    private Answer notFound(Query q, String what) {
        return notFound(q, what, retriever.search(q.text(), SUGGESTIONS));
    }

    private Answer notFound(Query q, String what, List<SearchHit> near) {
        Language lang = q.language();
        String text = lang == Language.ZH
                ? "**目录中没有。** 目录中没有" + (what.isBlank() ? "符合这个问题的数据集" : what) + "。"
                : "**Not in the catalog.** The catalog has no " + (what.isBlank() ? "dataset that answers this" : what) + ".";
        List<Source> suggestions = near.stream().limit(SUGGESTIONS).map(h -> Source.of(h.dataset(), h.score())).toList();
        return new Answer(text, List.of(), suggestions, Intent.NOT_FOUND, lang, "grounded");
    }

    private List<Source> suggestionsFor(Query q) {
        return retriever.search(q.text(), SUGGESTIONS).stream().map(h -> Source.of(h.dataset(), h.score())).toList();
    }

    private Answer help(Language lang) {
        String text = lang == Language.ZH
                ? "我可以回答关于这个目录中 " + catalog.size() + " 个数据集的问题，例如：\n\n- MedTrinity-25M 是谁发布的？\n- 有哪些遥感数据集？\n- 2022年发布了多少个数据集？\n- 比较 LAION-5B 和 OmniCorpus"
                : "I answer questions about the " + catalog.size() + " datasets in this catalog, for example:\n\n- Who released MedTrinity-25M and how big is it?\n- Which datasets are about remote sensing?\n- How many datasets came out in 2022?\n- Compare LAION-5B and OmniCorpus";
        return new Answer(text, List.of(), List.of(), Intent.HELP, lang, "grounded");
    }

    /** The question's conditions in words: "remote sensing datasets from BAAI released in 2022". */
    String describe(Query q, Language lang) {
        boolean zh = lang == Language.ZH;
        var topics = q.topics().stream().map(k -> words.topicLabel(k, lang)).toList();
        var pubs = q.publishers().stream().map(p -> zh ? p : words.englishPublisher(p)).toList();
        String joiner = OR_WORDS.matcher(q.text().toLowerCase(Locale.ROOT)).find() ? (zh ? "或" : " or ") : (zh ? "、" : ", ");
        var sb = new StringBuilder();
        if (zh) {
            q.dates().ifPresent(d -> sb.append(d.describe(lang)));
            if (!pubs.isEmpty()) sb.append(String.join("或", pubs));
            if (q.dates().isPresent() || !pubs.isEmpty()) sb.append("发布的");
            q.sizeAtLeast().ifPresent(s -> sb.append(s.text().strip()).append("的"));
            sb.append(String.join(joiner, topics)).append("数据集");
            return sb.toString();
        }
        if (!topics.isEmpty()) sb.append(String.join(joiner, topics)).append(' ');
        sb.append("datasets");
        if (!pubs.isEmpty()) sb.append(" from ").append(String.join(" or ", pubs));
        q.dates().ifPresent(d -> sb.append(" released ").append(d.describe(lang)));
        q.sizeAtLeast().ifPresent(s -> sb.append(" with ").append(s.text().strip()));
        return sb.toString();
    }

    private static String singular(String what) {
        return what.replaceFirst("datasets", "dataset");
    }

    /** The words of the question the catalog never uses, as the user wrote them. */
    private String absentWords(Query q) {
        if (q.unknownTerms().isEmpty()) return "";
        if (q.language() == Language.ZH) return "关于“" + String.join("", q.unknownTerms()) + "”的数据集";
        var kept = new LinkedHashSet<String>();
        for (String word : q.text().split("[^\\p{L}\\p{N}]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && q.unknownTerms().stream().anyMatch(t -> w.startsWith(t) || t.startsWith(w))) kept.add(word);
        }
        return "dataset about “" + String.join(" ", kept.isEmpty() ? q.unknownTerms() : kept) + "”";
    }

    private static List<Source> sources(List<Dataset> datasets) {
        return datasets.stream().map(d -> Source.of(d, 1.0)).toList();
    }

}
