package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.catalogchat.catalog.Dataset;

/**
 * "How many datasets did MIT publish?" on a catalog that writes 麻省理工学院 for the university and
 * 麻省理工学院计算生理学实验室（MIT LCP） for one of its labs: an acronym that opens a publisher's bracketed alias of
 * several words stands for the organisation that opens the publisher's Chinese name, not for the lab alone (LCP is
 * the lab's own part). That organisation is the Chinese name's longest proper beginning that the catalog also writes
 * as a publisher of its own (麻省理工学院, QuixBugs's); the publisher filter then takes its labs with it
 * (麻省理工学院林肯实验室, 麻省理工学院计算生理学实验室 with or without the alias). With no such publisher the acronym
 * is left to the other readings: a prefix guessed from the characters (麻省) would count other organisations.
 */
final class AliasAcronyms {
    /** An acronym a user types for an organisation: two to eight capitals (MIT, CAS, NII). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");
    /** A Chinese name and a bracketed alias of two or more Latin words after it: 麻省理工学院计算生理学实验室（MIT LCP）. */
    private static final Pattern ALIASED = Pattern.compile("^([^（(]+)[（(]\\s*([A-Za-z][\\w&.-]*)(?:\\s+[A-Za-z][\\w&.-]*)+\\s*[)）]");

    private final EntryTexts texts;

    AliasAcronyms(EntryTexts texts) {
        this.texts = texts;
    }

    /** The catalog publisher the acronym opens an alias of, by the organisation its Chinese name begins with; else none. */
    List<String> organisationOpenedBy(String acronym) {
        if (!ACRONYM.matcher(acronym).matches()) return List.of();
        Set<String> found = new LinkedHashSet<>();
        for (Dataset d : texts.all()) {
            for (String publisher : d.publishers()) {
                Matcher m = ALIASED.matcher(publisher.strip());
                if (!m.find() || !m.group(2).equals(acronym)) continue;
                String opening = longestPublisherOpening(m.group(1).strip());
                if (opening == null) return List.of();
                found.add(opening);
            }
        }
        // two organisations under one acronym: which one is asked is not known
        return found.size() == 1 ? new ArrayList<>(found) : List.of();
    }

    /** The longest proper beginning of {@code name} (two characters or more) that some entry's publisher is exactly. */
    private String longestPublisherOpening(String name) {
        for (int end = name.length() - 1; end >= 2; end--) {
            String opening = name.substring(0, end);
            if (texts.isPublisherByName(opening)) return opening;
        }
        return null;
    }
}
