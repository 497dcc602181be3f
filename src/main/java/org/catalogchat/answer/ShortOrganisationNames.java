package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;

/**
 * The short ways Chinese writes an organisation's name that a catalog may use for a publisher the question names in
 * full: 中国科学院自动化研究所 is written 中科院自动化所 ("中科院自动化所生物识别与安全技术研究中心"). Two habits, both general:
 * an organisation the glossary knows opens the name and is written by its Chinese short name (中国科学院 → 中科院), and
 * 研究所 (a research institute) is written 所. Only the question's name is shortened, never the catalog's lengthened, so
 * a publisher is found only where the catalog writes one of these forms at the start of its name.
 */
final class ShortOrganisationNames {
    /** Each glossary organisation's Chinese name, with its Chinese short names (中国科学院 → [中科院]). */
    private final Map<String, List<String>> shortNames = new LinkedHashMap<>();

    ShortOrganisationNames(List<Glossary.Publisher> organisations) {
        for (Glossary.Publisher p : organisations) {
            var shorts = new ArrayList<String>();
            for (String alias : p.aliases()) if (abbreviates(alias, p.chinese())) shorts.add(alias);
            if (!shorts.isEmpty()) shortNames.put(p.chinese(), List.copyOf(shorts));
        }
    }

    static ShortOrganisationNames none() {
        return new ShortOrganisationNames(List.of());
    }

    /**
     * The forms of {@code name} written short, {@code name} itself not among them: the glossary organisation opening
     * a longer name replaced by its short name, and 研究所 by 所, each alone and both together.
     */
    List<String> of(String name) {
        String n = name.strip();
        var out = new LinkedHashSet<String>();
        var opened = new ArrayList<String>();
        opened.add(n);
        for (var e : shortNames.entrySet()) {
            // a longer name only: the organisation alone already finds its short names through the glossary
            if (n.length() > e.getKey().length() && n.startsWith(e.getKey())) {
                for (String s : e.getValue()) opened.add(s + n.substring(e.getKey().length()));
            }
        }
        for (String o : opened) {
            out.add(o);
            if (o.contains("研究所")) out.add(o.replace("研究所", "所"));
        }
        out.remove(n);
        return List.copyOf(out);
    }

    /**
     * Whether {@code alias} is a Chinese short name of {@code chinese}: Han characters only, shorter, opening with the
     * same character and taking the rest in order (中科院 of 中国科学院, not 智源 of 北京智源人工智能研究院).
     */
    static boolean abbreviates(String alias, String chinese) {
        String a = alias.strip();
        if (a.length() < 2 || a.length() >= chinese.length() || a.charAt(0) != chinese.charAt(0)) return false;
        // by UTF-16 unit, as the in-order match below reads it
        return a.chars().allMatch(TopicMatcher::isHan) && TopicMatcher.inOrder(chinese, a);
    }
}
