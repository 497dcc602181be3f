package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.SizeFigure;

/**
 * The words of grounded answers in both languages. Catalog text is quoted, never paraphrased; an English
 * answer gives Chinese-unit figures in English beside the quote: 4300万 (43 million).
 */
final class Wording {
    /** Clauses with smaller counts ("90多个在线资源") describe how, not how big. */
    private static final double QUOTABLE_FIGURE = 100;
    private final Glossary glossary;

    Wording(Glossary glossary) {
        this.glossary = glossary;
    }

    String publishers(Dataset d, Language lang) {
        if (d.publishers().isEmpty()) return lang == Language.ZH ? "（目录未列出发布机构）" : "(no publisher listed)";
        if (lang == Language.ZH) return String.join("、", d.publishers());
        var names = new ArrayList<String>();
        for (String p : d.publishers()) names.add(englishPublisher(p));
        return joinEnglish(names);
    }

    String englishPublisher(String chinese) {
        String en = glossary.englishPublisher(chinese);
        if (en.equals(chinese)) return chinese;
        return en.endsWith(")") ? en.substring(0, en.length() - 1) + "; " + chinese + ")" : en + " (" + chinese + ")";
    }

    static String joinEnglish(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The clauses of the description that state sizes, quoted; empty when it states none. */
    String sizeQuote(Dataset d, Language lang) {
        var clauses = new ArrayList<String>();
        for (String clause : d.description().split("[，。；;！？\\n]")) {
            String c = clause.strip();
            // a figure in parentheses about another release (PEMS-BAY（…325个传感器…） in METR-LA's entry) is not its size
            String own = DetailSelector.ownPart(d, c);
            boolean hasFigure = d.facets().sizes().stream().filter(SizeFigure::isCount)
                    .anyMatch(f -> f.value() >= QUOTABLE_FIGURE && own.contains(f.text()));
            if (hasFigure && !clauses.contains(c)) clauses.add(c);
            if (clauses.size() == 3) break;
        }
        if (clauses.isEmpty()) return "";
        String joined = String.join("，", clauses);
        return lang == Language.ZH ? joined : "“" + Quantities.annotate(joined) + "”";
    }

    /** The first sentence of the description, quoted for English readers. */
    String summary(Dataset d, Language lang) {
        String first = d.description().split("(?<=[。！？])|\\n")[0].strip();
        if (first.length() > 220) first = first.substring(0, 220) + "…";
        return lang == Language.ZH ? first : "“" + Quantities.annotate(first) + "”";
    }

    String topicLabel(String key, Language lang) {
        return glossary.topic(key).map(t -> lang == Language.ZH ? t.chinese() : t.english()).orElse(key);
    }

    /** A link to the dataset page in Markdown, or the bare name when the catalog gives no page. */
    static String link(Dataset d) {
        return d.url().isBlank() ? "**" + d.name() + "**" : "[" + d.name() + "](" + d.url() + ")";
    }

    /** One line of a list: link, date, publishers and citation number. */
    String listItem(int n, Dataset d, Language lang) {
        return n + ". " + link(d) + dateSuffix(d) + " · " + publishers(d, lang) + " [" + n + "]";
    }

    /** " — 2024-10-25" after a link, or nothing for an entry whose catalog states no date. */
    static String dateSuffix(Dataset d) {
        return d.released().isStated() ? " — " + d.released() : "";
    }

    /** "released on 2024-10-25" / "released in 2024" / 发布于 2024: a year or month is never read as a day. */
    static String releasedPhrase(ReleaseDate r, Language lang) {
        if (lang == Language.ZH) return r.isStated() ? "发布于 " + r : "未写明发布时间";
        if (!r.isStated()) return "with no release date in the catalog";
        return (r.precision() == ReleaseDate.Precision.DAY ? "released on " : "released in ") + r;
    }


    static String sizeFigureText(SizeFigure f, Language lang) {
        return lang == Language.ZH ? f.text() : f.text() + " (" + Quantities.english(f.value()) + ")";
    }
}
