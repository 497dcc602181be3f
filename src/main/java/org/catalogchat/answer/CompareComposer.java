package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.SizeFigure;

/**
 * Step 3 for questions that name two or more entries ("compare A and B", "A和B哪个更大", "A vs B: how many hours
 * each?"): one line per entry with its date, publishers and the detail asked (the figures counting what was
 * asked, the sentences answering the question, else its sizes), then the answer to the dimension: which is
 * newer, and which is larger, in a unit both state.
 *
 * <pre>{@code
 * Answer a = composer.compare(plan, evidence); // "Comparing **A** [1] and **B** [2]: … **B** is newer …"
 * }</pre>
 */
final class CompareComposer {
    /** A figure and its measure word: Chinese counts every thing with one (45,211行 rows, 284,807笔 transactions). */
    private static final Pattern MEASURED = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万亿|亿|千万|百万|万)?\\s*(?:多|余)?\\s*[个道张条部篇项份组对段片幅件台名位行笔例次户人株只帧]");
    /** Smaller counts ("3个测试用例") say how an entry is made, not how big it is. */
    static final double MIN_SIZE = 100;
    /** The units glossary's unit for a figure counted by a measure word alone (个, 条, 组): things of any kind. */
    private static final String CATCH_ALL = "samples";
    private static final String CLASSIFIERS = "个张条对篇部集组幅片行";
    private static final Pattern LEADING_HAN = Pattern.compile("[\\p{IsHan}&&[^的]]{1,8}");
    private final Wording words;
    private final Optional<DetailSelector> details;

    CompareComposer(Wording words) {
        this(words, Optional.empty());
    }

    /** @param details reads a figure clause's value through the entry's measure words for the noun (名 for people) */
    CompareComposer(Wording words, Optional<DetailSelector> details) {
        this.words = words;
        this.details = details;
    }

    Answer compare(QueryPlan p, Evidence e) {
        List<Dataset> datasets = p.named();
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        var names = new ArrayList<String>();
        for (int i = 0; i < datasets.size(); i++) names.add("**" + datasets.get(i).name() + "** [" + (i + 1) + "]");
        var sb = new StringBuilder(zh ? "对比 " : "Comparing ");
        sb.append(zh ? String.join(" 与 ", names) : Wording.joinEnglish(names)).append(zh ? "：\n" : ":\n");
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            sb.append("\n- **").append(d.name()).append("** — ");
            sb.append(Wording.releasedPhrase(d.released(), lang));
            sb.append(zh ? "，发布机构：" : " by ").append(words.publishers(d, lang));
            sb.append(detail(p, e, d, lang));
            sb.append(" [").append(i + 1).append("]");
        }
        sb.append("\n\n").append(newer(datasets, lang));
        String larger = p.countedNoun().isEmpty() ? larger(datasets, lang) : more(p, e, datasets, lang);
        if (!larger.isEmpty()) sb.append(' ').append(larger);
        sb.append(SourcesFooter.of(datasets, lang));
        return new Answer(sb.toString().replace("\n\n ", "\n\n"), FactComposer.sources(datasets), List.of(),
                Intent.COMPARE, lang, "grounded");
    }

    /** What the question asks of this entry: its figures for the counted noun, the sentences found, else its sizes. */
    private String detail(QueryPlan p, Evidence e, Dataset d, Language lang) {
        boolean zh = lang == Language.ZH;
        if (!p.countedNoun().isEmpty()) {
            List<String> figures = e.figuresOf(d);
            if (figures.isEmpty()) return zh ? "；目录未说明其" + p.countedNoun().get(0) + "数量" : "; the catalog does not state its number of "
                    + p.countedNoun().get(0);
            return (zh ? "；" : "; ") + FactComposer.quote(figures, lang);
        }
        if (!e.sentencesOf(d).isEmpty() && p.subjects().size() > e.generic().size()) {
            return (zh ? "；" : "; ") + FactComposer.quote(e.sentencesOf(d), lang);
        }
        // "what is the difference": what each one is (its first sentence), then its size
        String what = zh ? "；" + words.summary(d, lang).replaceAll("[。；]+$", "") : "; " + words.summary(d, lang);
        String size = words.sizeQuote(d, lang);
        if (size.isEmpty()) size = counted(d).map(c -> zh ? c : FactComposer.quote(List.of(c), lang)).orElse("");
        return what + (size.isEmpty() ? "" : (zh ? "；规模：" : "; size: ") + size);
    }

    /**
     * The first clause that counts something with a measure word ("包含164道人工手写的 Python 编程题"): a size in
     * a unit the units glossary does not know is still the size to set beside the other entry's.
     */
    static Optional<String> counted(Dataset d) {
        for (String clause : d.description().split("[，。；;！？\\n]")) {
            Matcher m = MEASURED.matcher(clause);
            while (m.find()) {
                OptionalDouble v = Quantities.value(m.group(1), m.group(2));
                if (v.isPresent() && v.getAsDouble() >= MIN_SIZE) return Optional.of(clause.strip());
            }
        }
        return Optional.empty();
    }

    private static String newer(List<Dataset> datasets, Language lang) {
        boolean zh = lang == Language.ZH;
        if (datasets.stream().anyMatch(d -> !d.released().isStated())) {
            return zh ? "目录没有写明每个数据集的发布时间，无法比较新旧。" : "The catalog does not state every release date, so it cannot say which is newer.";
        }
        Dataset newest = datasets.stream().min(Comparator.comparing(Dataset::released, ReleaseDate.NEWEST_FIRST)).orElseThrow();
        Dataset oldest = datasets.stream().min(Comparator.comparing(Dataset::released, ReleaseDate.OLDEST_FIRST)).orElseThrow();
        if (newest.released().sameDayAs(oldest.released())) {
            return zh ? "它们发布于同一天（" + newest.released() + "）。" : "They were released on the same day (" + newest.released() + ").";
        }
        if (!newest.released().first().isAfter(oldest.released().last())) {
            // "2024" against "2024-05-01": the catalog's precision cannot order them
            return zh ? "目录给出的发布时间（" + oldest.released() + "、" + newest.released() + "）不足以判断哪个更新。"
                    : "The catalog's dates (" + oldest.released() + ", " + newest.released() + ") are not precise enough to say which is newer.";
        }
        return zh ? "**" + newest.name() + "** 更新（" + newest.released() + "），**" + oldest.name() + "** 更早（" + oldest.released() + "）。"
                : "**" + newest.name() + "** is newer (" + newest.released() + "); **" + oldest.name() + "** is older ("
                + oldest.released() + ").";
    }

    /** "How many X each / which has more X": the entries' own figures for X, compared. */
    private String more(QueryPlan p, Evidence e, List<Dataset> datasets, Language lang) {
        var amounts = new HashMap<Dataset, Double>();
        for (Dataset d : datasets) {
            e.figuresOf(d).stream().map(f -> details.map(x -> x.amountIn(d, f, p.countedNoun())).orElseGet(() -> DetailSelector.amount(f, p.countedNoun())))
                    .filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).max().ifPresent(v -> amounts.put(d, v));
        }
        if (amounts.size() < 2) return "";
        Dataset most = amounts.keySet().stream().max(Comparator.comparingDouble(amounts::get)).orElseThrow();
        String noun = p.countedNoun().get(0);
        return lang == Language.ZH ? "按" + noun + "计，**" + most.name() + "** 最多（" + number(amounts.get(most), lang) + "）。"
                : "By " + noun + ", **" + most.name() + "** has the most (" + number(amounts.get(most), lang) + ").";
    }

    /** Which is larger, judged in a unit every entry states (images with images); else by each one's largest count. */
    private static String larger(List<Dataset> datasets, Language lang) {
        boolean zh = lang == Language.ZH;
        Optional<String> unit = commonUnit(datasets);
        if (unit.isPresent()) {
            var best = new HashMap<Dataset, SizeFigure>();
            for (Dataset d : datasets) best.put(d, largestIn(d, unit.get()));
            // "22个评估中心" against "450个村级单位": the catch-all unit (个, 条, 组…) holds figures of different things;
            // set side by side only when each counts the same noun, else no size is judged at all
            if (unit.get().equals(CATCH_ALL)) {
                List<String> nouns = datasets.stream().map(d -> nounAfter(d, best.get(d))).toList();
                for (String a : nouns) for (String b : nouns) if (differ(a, b)) return "";
            }
            Dataset b = datasets.stream().max(Comparator.comparingDouble(d -> best.get(d).value())).orElseThrow();
            var each = new ArrayList<String>();
            for (Dataset d : datasets) each.add(d.name() + " " + Wording.sizeFigureText(best.get(d), lang));
            return zh ? "按" + unitLabel(unit.get(), lang) + "计，**" + b.name() + "** 规模更大（" + String.join(" 对 ", each) + "）。"
                    : "Counting " + unitLabel(unit.get(), lang) + ", **" + b.name() + "** is larger (" + String.join(" vs ", each) + ").";
        }
        if (datasets.stream().allMatch(d -> d.facets().largestCount() > 0)) {
            Dataset b = datasets.stream().max(Comparator.comparingDouble(d -> d.facets().largestCount())).orElseThrow();
            SizeFigure f = SetComposer.largestFigure(b);
            return zh ? "按各自给出的最大数字，**" + b.name() + "** 规模最大（" + f.text() + "）。"
                    : "By the largest figure each states, **" + b.name() + "** is the biggest (" + Wording.sizeFigureText(f, lang) + ").";
        }
        return "";
    }

    /**
     * Whether two nouns written after figures name different things: both written, and neither writes the other's
     * first or last two characters (记录 and 连接记录 are records both; 评估中心 and 村级单位 are not alike).
     */
    static boolean differ(String a, String b) {
        if (a.length() < 2 || b.length() < 2) return false;
        return !(a.contains(b.substring(0, 2)) || a.contains(b.substring(b.length() - 2))
                || b.contains(a.substring(0, 2)) || b.contains(a.substring(a.length() - 2)));
    }

    /**
     * The Chinese characters after the figure and its measure word where the entry writes it, up to 的 or anything
     * else (个样本 → 样本, 个村级单位 → 村级单位); empty when none follow ("数据量增至15K", "条（4,898,431条）").
     */
    static String nounAfter(Dataset d, SizeFigure f) {
        Matcher m = Pattern.compile("(?<![\\d.,])" + Pattern.quote(f.text()) + "(?![\\d])").matcher(d.description());
        if (!m.find()) return "";
        String after = d.description().substring(m.end()).stripLeading();
        if (!after.isEmpty() && (after.charAt(0) == '多' || after.charAt(0) == '余')) after = after.substring(1);
        if (!after.isEmpty() && CLASSIFIERS.indexOf(after.charAt(0)) >= 0) after = after.substring(1);
        Matcher han = LEADING_HAN.matcher(after);
        return han.lookingAt() ? han.group() : "";
    }

    /** A unit of count every entry states a figure in, the one the first entry states most of. */
    private static Optional<String> commonUnit(List<Dataset> datasets) {
        Map<String, Double> first = new HashMap<>();
        for (SizeFigure f : datasets.get(0).facets().sizes()) if (f.isCount()) first.merge(f.unit(), f.value(), Math::max);
        return first.keySet().stream()
                .filter(u -> datasets.stream().allMatch(d -> d.facets().sizes().stream().anyMatch(f -> f.unit().equals(u))))
                .max(Comparator.comparingDouble(first::get));
    }

    private static SizeFigure largestIn(Dataset d, String unit) {
        return d.facets().sizes().stream().filter(f -> f.unit().equals(unit)).max(Comparator.comparingDouble(SizeFigure::value))
                .orElseThrow();
    }

    private static String unitLabel(String unit, Language lang) {
        if (lang != Language.ZH) return unit;
        return switch (unit) {
            case "images" -> "图像数";
            case "videos" -> "视频数";
            case "pairs" -> "图文对数";
            case "tokens" -> "Token 数";
            case "documents" -> "文档数";
            default -> "样本数";
        };
    }

    private static String number(double v, Language lang) {
        String plain = v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
        return lang == Language.ZH || v < 1e6 ? plain : Quantities.english(v);
    }
}
