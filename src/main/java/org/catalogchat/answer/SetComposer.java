package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.SizeFigure;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Step 3 for questions about a set of entries: the count, the list (every member, never a top-k cut) or the
 * ranking by a field, with the figures each rank rests on.
 */
final class SetComposer {
    /** A figure; digits glued to a name's letters ("ShareGPT4Video", "GPT-4V") are part of the name, not a figure. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![A-Za-z0-9][-‐]?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)\\s*(万亿|亿|千万|百万|万|千|[kKMB](?![A-Za-z])|million|billion|thousand)?");
    private static final int RANKING_SHOWN = 5;
    /** Characters after a noun that end it: grammar and prepositions, not more of a compound ("用户评论"). */
    private static final String NOUN_ENDS = "的和与及或、对在为中里等共每以从于及并且则而";
    private static final int RELATIVE_WINDOW = 24;
    /**
     * Chinese measure words that stand between a figure and the thing it counts ("1,115家门店", "10,357辆出租车"):
     * the general classifiers, not 对 (pairs of something else) or 次 (times).
     */
    private static final String MEASURE_WORDS = "个条段部张幅篇道名位集项种组片句家辆户棵只头件台座所款首本笔份枚株栋间";
    /**
     * Between a figure and its noun: nothing, "多", a space, or a measure word and a few modifying characters
     * ("900个视频", "1000 hours", "377,110张胸部X光片").
     */
    // (a measure word may close a bracket that gives the exact figure of a rounded one: "约100万名（987,994名）用户")
    private static final Pattern DIRECT = Pattern.compile("\\s*[多余+]?\\s*([" + MEASURE_WORDS + "][\\p{IsHan}]{0,4}[）)]?)?\\s*(of\\s+)?");
    /** A measure word, then a relative clause ending in 的 with no other figure ("715个从Bilibili平台收集的视频"). */
    private static final Pattern RELATIVE = Pattern.compile("\\s*[多余+]?[" + MEASURE_WORDS + "][^\\d，,。；;（(]*的[\\p{IsHan}]{0,3}");
    private final Wording words;

    SetComposer(Wording words) {
        this.words = words;
    }

    Answer count(QueryPlan p, Evidence e) {
        Language lang = p.language();
        String what = describe(p, lang);
        var sb = new StringBuilder(lang == Language.ZH
                ? "目录中共有 **" + e.entries().size() + "** 个" + what + "：\n"
                : "The catalog has **" + e.entries().size() + "** " + singularIfOne(what, e.entries().size()) + ":\n");
        appendWidened(sb, e, lang);
        appendList(sb, e.entries(), lang, p.query());
        return new Answer(sb.toString(), FactComposer.sources(e.entries()), List.of(), Intent.COUNT, lang, "grounded");
    }

    /** "1 dataset released in 2019", not "1 datasets". */
    private static String singularIfOne(String what, int n) {
        return n == 1 ? what.replaceFirst("datasets", "dataset") : what;
    }

    Answer list(QueryPlan p, Evidence e) {
        Language lang = p.language();
        Query q = p.query();
        String what = describe(p, lang);
        List<Dataset> matching = e.entries();
        var sb = new StringBuilder(lang == Language.ZH
                ? "目录中共有 " + matching.size() + " 个" + what + "：\n"
                : "The catalog has " + matching.size() + " " + singularIfOne(what, matching.size()) + ":\n");
        if (!e.setAside().isEmpty()) {
            // never silently: the reader sees which of their words no entry writes
            String words = String.join(lang == Language.ZH ? "、" : ", ", e.setAside().stream().map(s -> "“" + s.text() + "”").toList());
            sb.append(lang == Language.ZH ? "（没有条目写到" + words + "；以上按问题的其余词语匹配。）\n"
                    : "(No entry writes " + words + "; these match the question's other words.)\n");
        }
        appendWidened(sb, e, lang);
        appendList(sb, matching, lang, q);
        boolean topicOnly = q.publishers().isEmpty() && q.dates().isEmpty() && q.sizeAtLeast().isEmpty() && !q.listAll();
        return new Answer(sb.toString(), FactComposer.sources(matching), List.of(), topicOnly ? Intent.TOPIC : Intent.LIST,
                lang, "grounded");
    }

    /**
     * A described topic no entry writes in so many words, answered by the entries that read closest in meaning
     * ({@link ClosestInMeaning}): the answer says it matched by meaning, so the reader can judge the list.
     */
    Answer closestInMeaning(QueryPlan p, List<Dataset> group) {
        Language lang = p.language();
        var sb = new StringBuilder(lang == Language.ZH
                ? "没有条目逐字写到这个问题的说法；以下 " + group.size() + " 个条目在含义上最接近：\n"
                : "No entry writes the question's words together; " + (group.size() == 1 ? "this one reads" : "these " + group.size() + " read")
                        + " closest to it in meaning:\n");
        appendList(sb, group, lang, p.query());
        return new Answer(sb.toString(), FactComposer.sources(group), List.of(), Intent.TOPIC, lang, "grounded");
    }

    /**
     * "Do any datasets share a release date?": the asked entries that share their release date with another, a group
     * per date, newest first. None sharing one is said plainly, with how many were compared.
     */
    Answer sameDate(QueryPlan p, Evidence e) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        // Only dates stated to the day can be shared: two entries the catalog dates only "2023" may be months apart.
        var byDate = new java.util.LinkedHashMap<ReleaseDate, List<Dataset>>();
        for (Dataset d : e.entries()) {
            if (d.released().precision() == ReleaseDate.Precision.DAY) byDate.computeIfAbsent(d.released(), k -> new ArrayList<>()).add(d);
        }
        byDate.values().removeIf(group -> group.size() < 2);
        int compared = e.entries().size();
        if (byDate.isEmpty()) {
            String text = zh ? "在" + compared + "个" + describe(p, lang) + "中，没有两个数据集的发布日期相同。"
                    : "No two of the " + compared + " " + describe(p, lang) + " share a release date.";
            return new Answer(text, List.of(), List.of(), Intent.LIST, lang, "grounded");
        }
        var cited = new ArrayList<Dataset>();
        var sb = new StringBuilder(zh ? "在" + compared + "个" + describe(p, lang) + "中，有 " + byDate.size() + " 个发布日期由多个数据集共享："
                : "Among the " + compared + " " + describe(p, lang) + ", " + byDate.size() + (byDate.size() == 1 ? " release date is" : " release dates are")
                + " shared:");
        byDate.forEach((date, group) -> {
            var names = new ArrayList<String>();
            for (Dataset d : group) {
                cited.add(d);
                names.add("**" + d.name() + "** [" + cited.size() + "]");
            }
            sb.append("\n- ").append(date).append(zh ? "：" : ": ").append(zh ? String.join("、", names) : Wording.joinEnglish(names));
        });
        return new Answer(sb + SourcesFooter.of(cited, lang), FactComposer.sources(cited), List.of(), Intent.LIST, lang, "grounded");
    }

    /**
     * Never silently: entries admitted by a sibling compound ("关系分类" for 关系抽取 asked) are named as such, so the
     * reader can judge the wider membership.
     */
    static void appendWidened(StringBuilder sb, Evidence e, Language lang) {
        List<String> compounds = e.widenedCompounds();
        if (compounds.isEmpty()) return;
        String written = String.join(lang == Language.ZH ? "、" : ", ", compounds.stream().map(c -> "“" + c + "”").toList());
        sb.append(lang == Language.ZH ? "（也计入了写作" + written + "的条目：它们用同类的说法指这项任务。）\n"
                : "(Also counted entries that write " + written + ", another name for the same task.)\n");
        // (a ranking's head ends in a sentence: the caller puts the note on its own line)
    }

    private void appendList(StringBuilder sb, List<Dataset> matching, Language lang, Query q) {
        for (int i = 0; i < matching.size(); i++) {
            sb.append('\n').append(words.listItem(i + 1, matching.get(i), lang));
            // "more than 100 million samples": the figure each entry meets it by, in its own unit (pairs, images …)
            int n = i;
            q.sizeAtLeast().flatMap(c -> SizeThresholds.meeting(matching.get(n), c).map(f -> UnitFilter.isUnitFilter(c)
                            ? f.text() : figureWithUnit(f, lang)))
                    .ifPresent(f -> sb.append(" · ").append(f));
        }
    }

    /** "58.5亿 (5.85 billion) pairs" / "58.5亿（图文对）"; a size read from the name says so. */
    static String figureWithUnit(SizeFigure f, Language lang) {
        boolean zh = lang == Language.ZH;
        String unit = switch (f.unit()) {
            case "images" -> zh ? "图像" : "images";
            case "videos" -> zh ? "视频" : "videos";
            case "pairs" -> zh ? "图文对" : "pairs";
            case "documents" -> zh ? "文档" : "documents";
            case "tokens" -> zh ? "Token" : "tokens";
            case "hours" -> zh ? "小时" : "hours";
            case "minutes" -> zh ? "分钟" : "minutes";
            case SizeThresholds.NAMED -> zh ? "名称所写" : "as its name writes";
            default -> zh ? "条" : "samples";
        };
        String figure = Wording.sizeFigureText(f, lang);
        if (f.unit().equals(SizeThresholds.NAMED)) return zh ? figure + "（" + unit + "）" : figure + " (" + unit + ")";
        return zh ? figure + "（" + unit + "）" : figure + " " + unit;
    }

    /** The best entry by the superlative asked, with the runners-up and the figure or date each rests on. */
    Answer ranked(QueryPlan p, Evidence e) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        Query.Ranking r = p.ranking().orElseThrow();
        List<Dataset> candidates = e.entries();
        Map<String, Double> value = new java.util.HashMap<>();
        Map<String, String> shown = new java.util.HashMap<>();
        for (Dataset d : candidates) {
            if (!p.rankNoun().isEmpty()) {
                // A figure whose noun ends there ("5,451万名用户、") outranks one whose noun goes on as the modifier of
                // another ("5.7154亿条用户评论" counts reviews, not users); the latter counts only when it is all there is.
                double clean = 0;
                String cleanClause = null;
                List<String> clauses = e.figuresOf(d);
                // a clause naming another release of the entry ("…总时长3000小时的…ShareGPT4Video 4.8M") gives that
                // release's figure, not the entry's, unless it is all the entry states
                List<String> own = clauses.stream().filter(c -> !DetailSelector.namesLonger(d, c)).toList();
                for (String clause : own.isEmpty() ? clauses : own) {
                    double v = countBefore(clause, p.rankNoun(), false);
                    if (v > value.getOrDefault(d.id(), 0.0)) {
                        value.put(d.id(), v);
                        shown.put(d.id(), clause);
                    }
                    double c = countBefore(clause, p.rankNoun(), true);
                    if (c > clean) {
                        clean = c;
                        cleanClause = clause;
                    }
                }
                if (cleanClause != null) {
                    value.put(d.id(), clean);
                    shown.put(d.id(), cleanClause);
                }
            } else if (r == Query.Ranking.LARGEST || r == Query.Ranking.SMALLEST) {
                if (d.facets().largestCount() > 0) {
                    value.put(d.id(), d.facets().largestCount());
                    shown.put(d.id(), Wording.sizeFigureText(largestFigure(d), lang));
                }
            } else if (d.released().isStated()) {
                value.put(d.id(), (double) d.released().first().toEpochDay());
                shown.put(d.id(), d.released().toString());
            }
        }
        List<Dataset> ranked = candidates.stream().filter(d -> value.containsKey(d.id()))
                .sorted(Comparator.comparingDouble((Dataset d) -> value.get(d.id()))).toList();
        if (r == Query.Ranking.LARGEST || r == Query.Ranking.NEWEST) ranked = reversed(ranked);
        if (ranked.isEmpty()) return null;
        Dataset best = ranked.get(0);
        // Entries equal to the best by what is ranked share the first place: all of them are the answer, never one
        // picked by catalog order.
        double top = value.get(best.id());
        boolean byDate = p.rankNoun().isEmpty() && (r == Query.Ranking.NEWEST || r == Query.Ranking.OLDEST);
        // (by date, a tie is the same date as stated: 2023 is not tied with 2023-01-01)
        List<Dataset> first = ranked.stream().filter(d -> byDate ? d.released().equals(best.released())
                : value.get(d.id()) == top).toList();
        String what = describe(p, lang);
        if (p.place() > 1) return placed(p, ranked, value, shown, byDate, what);
        if (p.top() > 1) return topFew(p, ranked.subList(0, Math.min(p.top(), ranked.size())), ranked, shown, what);
        var names = new ArrayList<String>();
        for (int i = 0; i < first.size(); i++) names.add("**" + first.get(i).name() + "** [" + (i + 1) + "]");
        String name = zh ? String.join("、", names) : Wording.joinEnglish(names);
        boolean tied = first.size() > 1;
        String is = tied ? "are " : "is ";
        String when = Wording.releasedPhrase(best.released(), lang);
        String by = shown.get(best.id());
        String head = switch (r) {
            case NEWEST -> zh ? "最新的" + what + "是 " + name + (tied ? "（并列，均" + when + "）。" : "，" + when + "。")
                    : "The most recent of the " + what + " " + is + name + ", " + (tied ? "all " : "") + when + ".";
            case OLDEST -> zh ? "最早的" + what + "是 " + name + (tied ? "（并列，均" + when + "）。" : "，" + when + "。")
                    : "The earliest of the " + what + " " + is + name + ", " + (tied ? "all " : "") + when + ".";
            case LARGEST, SMALLEST -> {
                boolean largest = r == Query.Ranking.LARGEST;
                boolean duration = p.rankNoun().contains("小时");
                String figure = zh || p.rankNoun().isEmpty() ? by : Quantities.annotate(by);
                String most = duration ? (zh ? (largest ? "时长最长的" : "时长最短的") : largest ? "longest" : "shortest")
                        : zh ? (largest ? "规模最大的" : "规模最小的") : largest ? "largest" : "smallest";
                String tie = tied ? (zh ? "并列，" : "each ") : "";
                yield zh ? most + what + "是 " + name + "（" + tie + figure + "）。"
                        : "By what the catalog states, the " + most + " of the " + what + " " + is + name + " (" + tie + figure + ").";
            }
        };
        var sb = new StringBuilder(head);
        if (!e.widenedCompounds().isEmpty()) {
            sb.append("\n\n");
            appendWidened(sb, e, lang);
            sb.setLength(sb.length() - 1);
        }
        if (ranked.size() > 1) {
            sb.append(zh ? "\n\n排名：" : "\n\nRanking:");
            for (int i = 0; i < Math.min(RANKING_SHOWN, ranked.size()); i++) {
                Dataset d = ranked.get(i);
                String fig = zh || p.rankNoun().isEmpty() ? shown.get(d.id()) : Quantities.annotate(shown.get(d.id()));
                sb.append("\n").append(i + 1).append(". ").append(d.name()).append(" — ").append(fig);
            }
        }
        if (!p.previous().isEmpty() && ranked.size() < candidates.size()) sb.append(unstated(candidates, value, lang));
        var runnersUp = ranked.subList(first.size(), Math.min(ranked.size(), first.size() + 3)).stream().map(d -> Source.of(d, 0.5)).toList();
        return new Answer(sb + SourcesFooter.of(first, lang), first.stream().map(d -> Source.of(d, 1.0)).toList(), runnersUp,
                Intent.LIST, lang, "grounded");
    }

    /**
     * "the three newest …": the first few of the ranking are the answer, each with the date or figure it is ranked
     * by; fewer when fewer entries state it (the answer says how many it has).
     */
    private Answer topFew(QueryPlan p, List<Dataset> few, List<Dataset> ranked, Map<String, String> shown, String what) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        Query.Ranking r = p.ranking().orElseThrow();
        boolean figures = !p.rankNoun().isEmpty() || r == Query.Ranking.LARGEST || r == Query.Ranking.SMALLEST;
        String most = switch (r) {
            case NEWEST -> zh ? "最新的" : "most recent";
            case OLDEST -> zh ? "最早的" : "earliest";
            case LARGEST -> p.rankNoun().contains("小时") ? (zh ? "时长最长的" : "longest") : zh ? "规模最大的" : "largest";
            case SMALLEST -> p.rankNoun().contains("小时") ? (zh ? "时长最短的" : "shortest") : zh ? "规模最小的" : "smallest";
        };
        var sb = new StringBuilder();
        if (zh) {
            sb.append(most).append(few.size()).append("个").append(what).append(few.size() < p.top() ? "（只有这些写明了可排名的信息）" : "").append("：");
        } else {
            sb.append(figures ? "By what the catalog states, the " : "The ").append(few.size()).append(' ').append(most)
                    .append(" of the ").append(what).append(few.size() < p.top() ? " (only these state what is ranked)" : "").append(":");
        }
        for (int i = 0; i < few.size(); i++) {
            Dataset d = few.get(i);
            String by = shown.get(d.id());
            String fig = zh || p.rankNoun().isEmpty() ? by : Quantities.annotate(by);
            sb.append('\n').append(i + 1).append(". **").append(d.name()).append("** [").append(i + 1).append("] — ").append(fig);
        }
        var runnersUp = ranked.subList(few.size(), Math.min(ranked.size(), few.size() + 3)).stream().map(d -> Source.of(d, 0.5)).toList();
        return new Answer(sb + SourcesFooter.of(few, lang), few.stream().map(d -> Source.of(d, 1.0)).toList(), runnersUp,
                Intent.LIST, lang, "grounded");
    }

    /**
     * "the second newest", "第三早的": the entries at that place of the ranking, with the ranking down to it. Entries
     * tied with each other share a place, as in a race (two tied newest leave no second newest; the next is third).
     * Fewer ranked entries than the place asked is said plainly, never answered with the last one.
     */
    private Answer placed(QueryPlan p, List<Dataset> ranked, Map<String, Double> value, Map<String, String> shown,
                          boolean byDate, String what) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        Query.Ranking r = p.ranking().orElseThrow();
        int at = p.place() - 1;
        boolean duration = p.rankNoun().contains("小时");
        String ordinal = zh ? "第" + "一二三四五".charAt(Math.min(p.place(), 5) - 1)
                : List.of("first", "second", "third", "fourth", "fifth").get(Math.min(p.place(), 5) - 1);
        String most = switch (r) {
            case NEWEST -> zh ? ordinal + "新的" : ordinal + " most recent";
            case OLDEST -> zh ? ordinal + "早的" : ordinal + " earliest";
            case LARGEST -> duration ? (zh ? "时长" + ordinal + "长的" : ordinal + " longest") : zh ? "规模" + ordinal + "大的" : ordinal + " largest";
            case SMALLEST -> duration ? (zh ? "时长" + ordinal + "短的" : ordinal + " shortest") : zh ? "规模" + ordinal + "小的" : ordinal + " smallest";
        };
        if (at >= ranked.size()) {
            String text = zh ? "可排名的" + what + "只有 " + ranked.size() + " 个，没有" + most + "。"
                    : "Only " + ranked.size() + " of the " + what + " can be ranked by what the catalog states, so there is no " + most + ".";
            return new Answer(text, List.of(), ranked.stream().map(d -> Source.of(d, 0.5)).toList(), Intent.LIST, lang, "grounded");
        }
        Dataset pick = ranked.get(at);
        java.util.function.Predicate<Dataset> tiedWithPick = d -> byDate ? d.released().equals(pick.released())
                : value.get(d.id()).equals(value.get(pick.id()));
        List<Dataset> group = ranked.stream().filter(tiedWithPick).toList();
        // the place is that of the first of its tied group: a tie above it pushes it down, as in a race
        int groupPlace = ranked.indexOf(group.get(0)) + 1;
        if (groupPlace != p.place()) {
            String text = zh ? "按目录所写的信息，排名中有并列，没有" + most + "：" : "By what the catalog states, ties in the ranking leave no " + most + ":";
            var sb = new StringBuilder(text);
            appendRanking(sb, ranked, shown, p, Math.max(RANKING_SHOWN, p.place() + 1));
            return new Answer(sb.toString(), List.of(), ranked.subList(0, Math.min(ranked.size(), p.place() + 1)).stream()
                    .map(d -> Source.of(d, 0.5)).toList(), Intent.LIST, lang, "grounded");
        }
        var names = new ArrayList<String>();
        for (int i = 0; i < group.size(); i++) names.add("**" + group.get(i).name() + "** [" + (i + 1) + "]");
        String name = zh ? String.join("、", names) : Wording.joinEnglish(names);
        boolean tied = group.size() > 1;
        String by = shown.get(pick.id());
        String figure = zh || p.rankNoun().isEmpty() ? by : Quantities.annotate(by);
        String head = byDate
                ? (zh ? most + what + "是 " + name + "，" + Wording.releasedPhrase(pick.released(), lang) + "。"
                : "The " + most + " of the " + what + (tied ? " are " : " is ") + name + ", " + (tied ? "all " : "")
                + Wording.releasedPhrase(pick.released(), lang) + ".")
                : (zh ? most + what + "是 " + name + "（" + figure + "）。"
                : "By what the catalog states, the " + most + " of the " + what + (tied ? " are " : " is ") + name + " (" + figure + ").");
        var sb = new StringBuilder(head);
        appendRanking(sb, ranked, shown, p, Math.max(RANKING_SHOWN, p.place() + 1));
        var others = ranked.stream().filter(d -> !group.contains(d)).limit(3).map(d -> Source.of(d, 0.5)).toList();
        return new Answer(sb + SourcesFooter.of(group, lang), group.stream().map(d -> Source.of(d, 1.0)).toList(), others,
                Intent.LIST, lang, "grounded");
    }

    private static void appendRanking(StringBuilder sb, List<Dataset> ranked, Map<String, String> shown, QueryPlan p, int shownMost) {
        boolean zh = p.language() == Language.ZH;
        if (ranked.size() < 2) return;
        sb.append(zh ? "\n\n排名：" : "\n\nRanking:");
        for (int i = 0; i < Math.min(shownMost, ranked.size()); i++) {
            Dataset d = ranked.get(i);
            String fig = zh || p.rankNoun().isEmpty() ? shown.get(d.id()) : Quantities.annotate(shown.get(d.id()));
            sb.append("\n").append(i + 1).append(". ").append(d.name()).append(" — ").append(fig);
        }
    }

    private static List<Dataset> reversed(List<Dataset> list) {
        var out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * "[Compare A and B] → which has more users?": ranked over the few entries just answered about, an entry that
     * states no figure for it is named, so the answer does not read as if it had been weighed and lost.
     */
    private static String unstated(List<Dataset> candidates, Map<String, Double> value, Language lang) {
        List<String> names = candidates.stream().filter(d -> !value.containsKey(d.id())).map(d -> "**" + d.name() + "**").toList();
        return lang == Language.ZH ? "\n\n目录没有写明 " + String.join("、", names) + " 的这一数字，无法一并比较。"
                : "\n\nThe catalog does not state this for " + Wording.joinEnglish(names) + ", so it could not be compared.";
    }

    /**
     * The largest number in a clause that counts one of the noun forms: the noun right after it, or after a measure
     * word ("85,000个视频片段"), or after a measure word and a relative clause ending in 的 ("715个从…收集并标注的视频").
     * Another unit between them means the number counts something else: "199.26分钟的视频" is minutes, "58,650对基于
     * 视频的事故原因" pairs of causes, and neither is a number of videos.
     */
    static double countBefore(String clause, List<String> nounForms) {
        return countBefore(clause, nounForms, false);
    }

    /** @param ending only nouns that end where written: followed by no more of a Chinese word ({@link #NOUN_ENDS}) */
    static double countBefore(String clause, List<String> nounForms, boolean ending) {
        Matcher m = FIGURE.matcher(clause);
        double best = 0;
        while (m.find()) {
            String after = clause.substring(m.end(), Math.min(clause.length(), m.end() + RELATIVE_WINDOW)).toLowerCase(Locale.ROOT);
            boolean counts = nounForms.stream().anyMatch(f -> {
                int at = after.indexOf(f.toLowerCase(Locale.ROOT));
                if (at < 0) return false;
                String between = after.substring(0, at);
                if (ending && !endsThere(clause, m.end() + at + f.length(), nounForms)) return false;
                return DIRECT.matcher(between).matches() || RELATIVE.matcher(between).matches();
            });
            if (counts) best = Math.max(best, Quantities.value(m.group(1), m.group(2)).orElse(0));
        }
        return best;
    }

    /**
     * Whether the noun written up to {@code end} ends there: the clause ends, or goes on with no Chinese character, or
     * with grammar ("的", "和", "、", "对"), or a longer form of the noun is written there ("视频片段" for 视频).
     */
    private static boolean endsThere(String clause, int end, List<String> nounForms) {
        if (end >= clause.length()) return true;
        char next = clause.charAt(end);
        if (!TopicMatcher.isHan(next) || NOUN_ENDS.indexOf(next) >= 0) return true;
        String lower = clause.toLowerCase(Locale.ROOT);
        return nounForms.stream().anyMatch(f -> {
            String g = f.toLowerCase(Locale.ROOT);
            // a longer form that covers the written noun and goes past it
            for (int from = Math.max(0, end - g.length()); from < end; from++) {
                if (lower.startsWith(g, from) && from + g.length() > end) return true;
            }
            return false;
        });
    }

    static SizeFigure largestFigure(Dataset d) {
        return d.facets().sizes().stream().filter(SizeFigure::isCount).max(Comparator.comparingDouble(SizeFigure::value))
                .orElseThrow();
    }

    /** The question's topic alone, its alternatives joined by "or": "road crack or concrete crack", 心脏影像. */
    static String topicWords(QueryPlan p, Language lang) {
        return String.join(lang == Language.ZH ? "或" : " or ", alternatives(p, lang == Language.ZH));
    }

    /** Words of one alternative side by side, one string per alternative. */
    private static List<String> alternatives(QueryPlan p, boolean zh) {
        var byGroup = new java.util.TreeMap<Integer, List<String>>();
        for (Subject s : p.subjects()) byGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s.text());
        return byGroup.values().stream().map(words -> String.join(zh ? "" : " ", words)).toList();
    }

    /** The question's conditions in words: "remote sensing datasets from BAAI released in 2022". */
    String describe(QueryPlan p, Language lang) {
        Query q = p.query();
        boolean zh = lang == Language.ZH;
        var subjects = alternatives(p, zh);
        var pubs = q.publishers().stream().map(x -> zh ? x : words.englishPublisher(x)).toList();
        String joiner = zh ? "或" : " or ";
        var sb = new StringBuilder();
        if (zh) {
            q.dates().ifPresent(d -> sb.append(d.describe(lang)));
            if (!pubs.isEmpty()) sb.append(String.join(q.jointly() ? "和" : "或", pubs)).append(q.jointly() ? "共同" : "");
            q.publisherKind().ifPresent(k -> sb.append(k.chinese()));
            if (q.publisherKind().isPresent() && pubs.isEmpty() && q.dates().isEmpty()) sb.append("发布的");
            if (q.dates().isPresent() || !pubs.isEmpty()) sb.append("发布的");
            q.sizeAtLeast().ifPresent(s -> sb.append(s.text().strip()).append("的"));
            if (!subjects.isEmpty()) sb.append("与“").append(String.join(joiner, subjects)).append("”相关的");
            sb.append("数据集");
            if (!p.previous().isEmpty()) sb.append("（上一个回答的 ").append(p.previous().size()).append(" 个数据集之中）");
            return sb.toString();
        }
        if (!subjects.isEmpty()) sb.append(String.join(joiner, subjects)).append(' ');
        sb.append("datasets");
        q.publisherKind().ifPresent(k -> sb.append(" from ").append(k.english()));
        if (!pubs.isEmpty()) sb.append(" from ").append(String.join(q.jointly() ? " and " : " or ", pubs))
                .append(q.jointly() ? " together" : "");
        q.dates().ifPresent(d -> sb.append(" released ").append(d.describe(lang)));
        q.sizeAtLeast().ifPresent(s -> sb.append(" with ").append(s.text().strip()));
        if (!p.previous().isEmpty()) sb.append(" among the ").append(p.previous().size()).append(" in the previous answer");
        return sb.toString();
    }
}
