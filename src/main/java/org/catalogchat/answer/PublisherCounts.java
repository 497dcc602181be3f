package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;

/**
 * How many publishers an entry has, read from its publisher list: every name it lists, or, where the list ends in 等
 * ("and others"), at least one more than it lists, unless the description writes the number ("北京大学、香港大学等6所
 * 高校"). Three questions use it: "how many publishers does LAION-5B have?" (the entry's number, not its size),
 * "datasets with exactly two publishers" (the entries whose number is known to fit; those whose 等 leaves it open are
 * named apart, never counted either way) and "how many institutions are in the catalog?" (the distinct names, "at
 * least" where a list ends in 等). A wrong count is worse than none: a number the catalog leaves open is said to be.
 */
final class PublisherCounts {
    private static final String EN_NUMBER = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten";
    private static final String ZH_NUMBER = "\\d+|[一二两三四五六七八九十]";
    /** The English words for the publishers a number counts; PublisherNumbers reads the same words. */
    static final String EN_PUBLISHERS = "(?:publishing |releasing )?(?:publishers?|institutions?|organi[sz]ations?|releasers?)";
    private static final String ZH_PUBLISHERS = "(?:发布)?(?:机构|单位|发布方|发布者|组织)";

    /** "how many publishers does X have", "X 有几个发布机构", "多少家机构参与了 X". */
    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow many\\s+" + EN_PUBLISHERS + "\\b"
            + "|(?:几|多少)\\s*[个家所]?\\s*" + ZH_PUBLISHERS);
    /** "in the catalog", "目录里": the question is about every entry, not one. */
    private static final Pattern WHOLE_CATALOG = Pattern.compile("(?i)\\b(?:in|across) (?:the|this|your) (?:catalog|catalogue|collection)\\b"
            + "|\\bare there\\b|\\bdoes the (?:catalog|catalogue) (?:list|name|have)\\b|目录(?:里|中|内)?(?:一共|总共|共)?");

    /** A number of publishers as a condition: its comparison and the number. */
    private static final Pattern EN_CONDITION = Pattern.compile("\\b(exactly |only |just |more than |over |fewer than |less than "
            + "|at least |at most |no more than )?(" + EN_NUMBER + "|a single|a sole)\\s+(?:or more\\s+)?(?:different\\s+)?"
            + EN_PUBLISHERS + "\\b");
    private static final Pattern ZH_CONDITION = Pattern.compile("(只有|仅有|仅|恰好|正好|超过|多于|少于|不超过|至少|最多)?(?<!哪)("
            + ZH_NUMBER + "|多)\\s*[个家所]\\s*(以上|以下|或以上|及以上)?" + "(?:联合)?" + ZH_PUBLISHERS + "|(单一|单个)(?:发布)?(?:机构|单位)");
    /** "发布机构超过三家": the publishers first, then the comparison and the number. */
    private static final Pattern ZH_CONDITION_AFTER = Pattern.compile(ZH_PUBLISHERS + "(?:的?数量|数)?(?:有|是|为)?"
            + "(只有|仅有|仅|恰好|正好|超过|多于|少于|不超过|至少|最多)?(" + ZH_NUMBER + ")\\s*[个家所]\\s*(以上|以下|或以上|及以上)?");

    /**
     * "由一所大学单独发布的", "a company published on its own", "as the sole publisher": one publisher, said by how it
     * published rather than by a number (read as words, 单独 was a subject and nothing was found).
     */
    private static final Pattern SOLE = Pattern.compile("(?i)\\bon\\s+(?:its|their)\\s+own\\b|\\bby\\s+itself\\b"
            + "|\\b(?:the\\s+|its\\s+)?(?:sole|only)\\s+publisher\\b|\\ba\\s+single\\s+[a-z]+\\b(?=.*\\b(?:publish|release))"
            + "|\\b(?:by|from)\\s+a\\s+single\\s+[a-z]+\\b|\\b(?:publish(?:ed)?|released?)\\s+alone\\b|单独|独立|独自|独家");

    /** "a single university": a kind named with the number; unless that kind was read, the number alone would count every kind. */
    private static final Pattern SINGLE_OF_A_KIND = Pattern.compile("(?i)\\ba\\s+single\\s+(?!(?:publishing\\s+|releasing\\s+)?"
            + "(?:publishers?|institutions?|organi[sz]ations?|releasers?)\\b)[a-z]+");

    /** Words of publishing together, which say how the publishers worked, not what the data is about. */
    private static final java.util.Set<String> JOINTLY = java.util.Set.of("联合", "合作", "共同", "一起", "jointly", "together");

    private final Wording words;

    PublisherCounts(Wording words) {
        this.words = words;
    }

    /** The least and (where known) exact number of an entry's publishers. */
    record Number(int least, boolean exact, String writtenBy) {
    }

    /**
     * An entry's number of publishers: the list's length where it names them all; where it ends in 等, the number
     * its description writes after the last listed name and 等 (…香港大学等6所高校), else at least one more.
     */
    static Number of(Dataset d) {
        int listed = d.publishers().size();
        if (!d.morePublishers()) return new Number(listed, true, "");
        if (listed > 0) {
            String last = Pattern.quote(d.publishers().get(listed - 1));
            Matcher m = Pattern.compile(last + "等\\s*(" + ZH_NUMBER + ")\\s*[所家个](?:高校|大学|机构|单位|公司)?").matcher(d.description());
            if (m.find()) {
                int n = number(m.group(1));
                if (n > listed) return new Number(n, true, m.group());
            }
        }
        return new Number(listed + 1, false, "");
    }

    /** The answer when the question asks for a number of publishers; empty when it asks something else. */
    Optional<Answer> answer(QueryPlan p, List<Dataset> all) {
        String text = p.query().text();
        Language lang = p.language();
        if (HOW_MANY.matcher(text).find()) {
            if (p.named().size() == 1 && writesName(text, p.named().get(0))) return Optional.of(ofEntry(p.named().get(0), lang));
            if (WHOLE_CATALOG.matcher(text).find() && !p.query().hasFilters()) return Optional.of(inCatalog(all, lang));
        }
        if (!p.named().isEmpty()) return Optional.empty();
        return condition(text).flatMap(c -> byNumber(p, all, c));
    }

    private static boolean writesName(String text, Dataset d) {
        String lower = text.toLowerCase(Locale.ROOT);
        return d.allNames().stream().anyMatch(n -> n.length() >= 2 && lower.contains(n.toLowerCase(Locale.ROOT)));
    }

    private static Answer ofEntry(Dataset d, Language lang) {
        Number n = of(d);
        boolean zh = lang == Language.ZH;
        String names = zh ? String.join("、", d.publishers()) : Wording.joinEnglish(d.publishers());
        String text;
        if (n.exact() && !n.writtenBy().isEmpty()) {
            text = zh ? "**" + d.name() + "** 的发布机构共 **" + n.least() + "** 家：目录列出" + names + "等，其说明写道“" + n.writtenBy() + "” [1]。"
                    : "**" + d.name() + "** has **" + n.least() + "** publishers: the catalog lists " + names
                    + " and others (等), and its description says “" + n.writtenBy() + "” [1].";
        } else if (n.exact()) {
            text = zh ? "**" + d.name() + "** 的发布机构共 **" + n.least() + "** 家：" + names + " [1]。"
                    : "**" + d.name() + "** lists **" + n.least() + "** publisher" + (n.least() == 1 ? "" : "s") + ": " + names + " [1].";
        } else {
            text = zh ? "目录没有写明 **" + d.name() + "** 的发布机构数量：它列出" + names + "，并以“等”结尾，所以至少有 "
                    + n.least() + " 家 [1]。"
                    : "The catalog does not state how many publishers **" + d.name() + "** has: it lists " + names
                    + " and ends the list in 等 (“and others”), so there are at least " + n.least() + " [1].";
        }
        return new Answer(text + "\n\n" + SourcesFooter.of(List.of(d), lang).strip(), FactComposer.sources(List.of(d)), List.of(),
                Intent.FACT, lang, "grounded");
    }

    private static Answer inCatalog(List<Dataset> all, Language lang) {
        var names = new LinkedHashSet<String>();
        int open = 0;
        for (Dataset d : all) {
            names.addAll(d.publishers());
            if (d.morePublishers()) open++;
        }
        boolean zh = lang == Language.ZH;
        String text;
        if (open == 0) {
            text = zh ? "目录的 " + all.size() + " 个数据集共列出 **" + names.size() + "** 个不同的发布机构。"
                    : "The catalog's " + all.size() + " datasets list **" + names.size() + "** different publishers.";
        } else {
            text = zh ? "目录的 " + all.size() + " 个数据集共列出 **" + names.size() + "** 个不同的发布机构；其中 " + open
                    + " 个数据集的发布机构列表以“等”结尾，未列全，所以实际至少有 " + names.size() + " 个。"
                    : "The catalog's " + all.size() + " datasets list **" + names.size() + "** different publishers by name; "
                    + open + " of the lists end in 等 (“and others”), so there are at least " + names.size()
                    + ", and the catalog does not say how many more.";
        }
        return new Answer(text, List.of(), List.of(), Intent.COUNT, lang, "grounded");
    }

    /** A comparison of the number of publishers: {@code op} is one of = > >= < <=. */
    record Condition(String op, int n, String span) {
        boolean holds(int value) {
            return switch (op) {
                case ">" -> value > n;
                case ">=" -> value >= n;
                case "<" -> value < n;
                case "<=" -> value <= n;
                default -> value == n;
            };
        }

        /** Whether an entry with at least {@code least} publishers, how many more unknown, may meet it and may fail it. */
        boolean open(int least) {
            return switch (op) {
                case ">", ">=" -> !holds(least);
                default -> holds(least);
            };
        }
    }

    /** One publisher of the kind, said with the kind rather than the word that carried the number (“单独”). */
    private static String soleOfKind(Query.PublisherKind kind, boolean zh) {
        return zh ? "由一所" + kind.chinese() + "单独发布" : "a single publisher, one of the " + kind.english();
    }

    static Optional<Condition> condition(String text) {
        Matcher sole = SOLE.matcher(text);
        if (sole.find()) {
            // "by a single university on its own": every way it is said is part of the one condition
            int start = sole.start();
            int end = sole.end();
            while (sole.find()) end = sole.end();
            return Optional.of(new Condition("=", 1, text.substring(start, end)));
        }
        Matcher m = EN_CONDITION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.find()) {
            String w = m.group(1) == null ? "" : m.group(1).strip();
            String op = switch (w) {
                case "more than", "over" -> ">";
                case "at least" -> ">=";
                case "fewer than", "less than" -> "<";
                case "at most", "no more than" -> "<=";
                default -> "=";
            };
            if (m.group().contains("or more")) op = ">=";
            return Optional.of(new Condition(op, number(m.group(2)), text.substring(m.start(), m.end())));
        }
        Matcher z = ZH_CONDITION.matcher(text);
        boolean found = z.find();
        if (!found) {
            z = ZH_CONDITION_AFTER.matcher(text);
            found = z.find();
        }
        if (found) {
            if (z.groupCount() >= 4 && z.group(4) != null) return Optional.of(new Condition("=", 1, z.group()));
            String before = z.group(1) == null ? "" : z.group(1);
            String after = z.group(3) == null ? "" : z.group(3);
            String op = switch (before) {
                case "超过", "多于" -> ">";
                case "至少" -> ">=";
                case "少于" -> "<";
                case "不超过", "最多" -> "<=";
                default -> "=";
            };
            if (after.contains("以上")) op = ">=";
            if (after.equals("以下")) op = "<=";
            // "多家机构联合发布的": more than one
            if (z.group(2).equals("多")) return Optional.of(new Condition(">=", 2, z.group()));
            return Optional.of(new Condition(op, number(z.group(2)), z.group()));
        }
        return Optional.empty();
    }

    /**
     * The entries whose number of publishers is known to meet the condition, and apart from them those whose list
     * ends in 等 and so may or may not. Other conditions the question sets (a date) apply; a subject or publisher it
     * asks besides the number is left to the not-stated reply, as before.
     */
    private Optional<Answer> byNumber(QueryPlan p, List<Dataset> all, Condition c) {
        Query q = p.query();
        String span = c.span().toLowerCase(Locale.ROOT);
        // "超过三家" may also have been read as a size; that reading is the number of publishers
        boolean sizeIsTheNumber = q.sizeAtLeast().isPresent() && span.contains(q.sizeAtLeast().get().text().toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+$", ""));
        if (q.publisherKind().isEmpty() && SINGLE_OF_A_KIND.matcher(c.span()).find()) return Optional.empty();
        // a kind of publisher with the number ("by a single university", "两所大学联合发布的") holds for each one listed
        if (q.publisherKind().isPresent() && !q.publisherKind().get().region().isEmpty()) return Optional.empty();
        if (!q.publishers().isEmpty() || q.sizeAtLeast().isPresent() && !sizeIsTheNumber
                || !p.previous().isEmpty()) return Optional.empty();
        if (p.subjects().stream().map(s -> s.text().toLowerCase(Locale.ROOT))
                .anyMatch(s -> !span.contains(s) && !JOINTLY.contains(s))) return Optional.empty();
        var meet = new ArrayList<Dataset>();
        var open = new ArrayList<Dataset>();
        for (Dataset d : all) {
            if (q.dates().isPresent() && !q.dates().get().holds(d)) continue;
            if (q.publisherKind().isPresent() && !d.publishers().stream().allMatch(q.publisherKind().get()::holds)) continue;
            Number n = of(d);
            if (n.exact() || c.op().startsWith(">") && c.holds(n.least())) {
                if (c.holds(n.least())) meet.add(d);
            } else if (c.open(n.least())) {
                open.add(d);
            }
        }
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        Optional<Query.PublisherKind> kind = q.publisherKind();
        if (q.ranking().isPresent()) {
            // "the most recent dataset released by a single university": the date superlative within the entries that
            // meet the number; any other ranking, or entries left open by 等, is not read here
            boolean byDate = q.ranking().get() == Query.Ranking.NEWEST || q.ranking().get() == Query.Ranking.OLDEST;
            if (!byDate || !open.isEmpty() || meet.isEmpty()) return Optional.empty();
            var ranked = new ArrayList<>(meet);
            java.util.Comparator<Dataset> byDay = java.util.Comparator.comparing(d -> d.released().first());
            ranked.sort(q.ranking().get() == Query.Ranking.NEWEST ? byDay.reversed() : byDay);
            Dataset top = ranked.get(0);
            String what = kind.isPresent() ? (zh ? "" : "released by ") + soleOfKind(kind.get(), zh) : c.span();
            String text = (zh ? (q.ranking().get() == Query.Ranking.NEWEST ? "最新的" : "最早的") + "“" + what + "”的数据集是 **"
                    + top.name() + "** [1]，发布于 " + top.released().first() + "。"
                    : "The " + (q.ranking().get() == Query.Ranking.NEWEST ? "most recent" : "earliest") + " dataset " + what + " is **"
                    + top.name() + "** [1], released on " + top.released().first() + ".")
                    + "\n\n" + SourcesFooter.of(List.of(top), lang).strip();
            return Optional.of(new Answer(text, FactComposer.sources(List.of(top)), List.of(), Intent.LIST, lang, "grounded"));
        }
        var sb = new StringBuilder();
        // "由一所大学单独发布": said with the kind, not the word that carried the number (“单独”的数据集)
        String asked = kind.isPresent() && c.op().equals("=") && c.n() == 1 ? soleOfKind(kind.get(), zh) : c.span();
        if (q.count()) {
            sb.append(zh ? "“" + asked + "”的数据集有 **" + meet.size() + "** 个" + (meet.isEmpty() ? "。" : "：")
                    : "**" + meet.size() + "** dataset" + (meet.size() == 1 ? "" : "s") + " ha" + (meet.size() == 1 ? "s " : "ve ")
                    + asked + (meet.isEmpty() ? "." : ":"));
        } else {
            sb.append(zh ? "“" + asked + "”的数据集" + (meet.isEmpty() ? "：目录中没有。" : "（" + meet.size() + " 个）：")
                    : "Datasets with " + asked + (meet.isEmpty() ? ": none in the catalog." : " (" + meet.size() + "):"));
        }
        for (int i = 0; i < meet.size(); i++) sb.append("\n").append(words.listItem(i + 1, meet.get(i), lang));
        if (!open.isEmpty()) {
            var names = open.stream().map(Dataset::name).toList();
            sb.append("\n\n").append(zh ? "另有 " + open.size() + " 个数据集的发布机构列表以“等”结尾，目录没有写明其数量，无法判断："
                    + String.join("、", names) + "。"
                    : open.size() + " more list their publishers ending in 等 (“and others”), so the catalog does not say whether they do: "
                    + Wording.joinEnglish(names) + ".");
        }
        if (!meet.isEmpty()) sb.append("\n\n").append(SourcesFooter.of(meet, lang).strip());
        Intent intent = q.count() ? Intent.COUNT : meet.isEmpty() ? Intent.NOT_FOUND : Intent.LIST;
        return Optional.of(new Answer(sb.toString(), FactComposer.sources(meet), List.of(), intent, lang, "grounded"));
    }

    /** The number EN_NUMBER / ZH_NUMBER / "a single" let through. */
    private static int number(String s) {
        s = s.strip().toLowerCase(Locale.ROOT);
        if (s.equals("a single") || s.equals("a sole")) return 1;
        Integer en = SmallNumbers.ENGLISH.get(s);
        return en != null ? en : SmallNumbers.chinese(s);
    }
}
