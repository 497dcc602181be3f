package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;

/**
 * Chinese entry names that carry a number (第七次全国人口普查, 第三届…竞赛), and the same name written with another
 * number in a question: "第五次全国人口普查" is another edition, which the catalog does not have, not the entry about
 * the seventh. Latin names with numbers are the question parser's ("KDD Cup 2012", "LAION-400M").
 *
 * <pre>{@code
 * new NumberedNames(catalog).otherEditionsIn("有没有第五次全国人口普查的数据？"); // ["第五次全国人口普查"]
 * }</pre>
 */
final class NumberedNames {
    private static final String NUMERAL = "[0-9一二三四五六七八九十百零〇两]+";
    private static final Pattern NUMBERED = Pattern.compile("^(\\p{IsHan}{0,6})(" + NUMERAL + ")(\\p{IsHan}{2,})$");
    /** Two characters after the number key the names, so a question is checked against the few that could match. */
    private static final int KEY = 2;

    private record Numbered(Pattern pattern, String number) {
    }

    private final Catalog catalog;
    /** Built on the first question; a question looks up only the names keyed by its own character pairs. */
    private Map<String, List<Numbered>> byKey;

    NumberedNames(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The names the text writes that are an entry's numbered Chinese name with another number, as written. */
    List<String> otherEditionsIn(String text) {
        var out = new ArrayList<String>();
        Map<String, List<Numbered>> index = index();
        if (index.isEmpty()) return out;
        for (int i = 0; i + KEY <= text.length(); i++) {
            for (Numbered n : index.getOrDefault(text.substring(i, i + KEY), List.of())) {
                Matcher m = n.pattern().matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(n.number()) && !out.contains(m.group())) out.add(m.group());
                }
            }
        }
        return out;
    }

    private synchronized Map<String, List<Numbered>> index() {
        if (byKey == null) {
            var out = new HashMap<String, List<Numbered>>();
            for (Dataset d : catalog.datasets()) {
                for (String name : d.allNames()) {
                    Matcher m = NUMBERED.matcher(name.strip());
                    // a name of four characters or more besides its number: 第七次全国人口普查, not 七普
                    if (!m.matches() || m.group(1).length() + m.group(3).length() < 4) continue;
                    Pattern p = Pattern.compile(Pattern.quote(m.group(1)) + "(" + NUMERAL + ")" + Pattern.quote(m.group(3)));
                    out.computeIfAbsent(m.group(3).substring(0, KEY), k -> new ArrayList<>()).add(new Numbered(p, m.group(2)));
                }
            }
            byKey = out;
        }
        return byKey;
    }
}
