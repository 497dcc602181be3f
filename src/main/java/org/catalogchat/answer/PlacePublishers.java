package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.Translation;

/**
 * A place standing for publishers: "香港的机构参与发布了几个数据集？", "北京的高校发布了哪些数据集？", "datasets from Hong Kong
 * institutions", "universities in Hong Kong". The place followed by a word of organisations (的机构, 的高校, institutions,
 * universities) is no topic the entries must write: it selects the catalog's publishers whose names hold the place
 * (as written, or through its dictionary translation: Hong Kong → 香港), of the kind asked where the word names one
 * (高校, universities: the glossary's publisher-forms-universities). A place no publisher's name holds is left as it was.
 *
 * <pre>{@code
 * places.read(query, rest); // "北京的高校…" → publishers [北京大学], "北京的高校" blanked from rest
 * }</pre>
 */
final class PlacePublishers {
    /** Chinese: a run of Han characters, 的, then the organisations ("北京的高校", "日本的研究机构"). */
    private static final Pattern ZH = Pattern.compile("(\\p{IsHan}{2,8})的(研究机构|科研机构|机构|单位|高校|大学|院校)");
    /** English: "Hong Kong institutions", "Beijing universities". */
    private static final Pattern EN_BEFORE = Pattern.compile(
            "\\b([A-Z][\\p{IsLatin}]+(?:\\s+[A-Z][\\p{IsLatin}]+)?)\\s+(institutions|organi[sz]ations|institutes|universities|colleges)\\b");
    /** English: "institutions in Hong Kong", "universities from Beijing". */
    private static final Pattern EN_AFTER = Pattern.compile(
            "\\b(institutions|organi[sz]ations|institutes|universities|colleges)\\s+(?:in|from|of|based in)\\s+(?:the\\s+)?([A-Z][\\p{IsLatin}]+(?:\\s+[A-Z][\\p{IsLatin}]+)?)");
    private static final List<String> UNIVERSITY_WORDS = List.of("高校", "大学", "院校", "universities", "colleges");

    private final EntryTexts texts;
    private final Glossary glossary;
    private final Optional<CatalogVocabulary> vocabulary;

    PlacePublishers(EntryTexts texts, Glossary glossary, Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.glossary = glossary;
        this.vocabulary = vocabulary;
    }

    /** The query with the place's publishers read and the phrase blanked from {@code rest}; unchanged where none is. */
    PublisherReader.Read read(Query q, String rest) {
        String text = q.text();
        Matcher zh = ZH.matcher(text);
        while (zh.find()) {
            String run = zh.group(1);
            // the place is the longest end of the run that publishers' names hold ("有日本" → 日本)
            for (int i = 0; i + 2 <= run.length(); i++) {
                String place = run.substring(i);
                var found = publishersHolding(List.of(place), zh.group(2));
                if (found.isEmpty()) continue;
                return readAs(q, rest, found, text.substring(zh.start(1) + i, zh.end()));
            }
        }
        for (Pattern p : List.of(EN_BEFORE, EN_AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean before = p == EN_BEFORE;
                String place = m.group(before ? 1 : 2);
                if (glossary.isStopword(place.split("\\s+")[0].toLowerCase(Locale.ROOT))) continue;
                var found = publishersHolding(forms(place), m.group(before ? 2 : 1).toLowerCase(Locale.ROOT));
                if (!found.isEmpty()) return readAs(q, rest, found, m.group());
            }
        }
        return new PublisherReader.Read(q, rest);
    }

    private PublisherReader.Read readAs(Query q, String rest, List<String> found, String phrase) {
        var publishers = new LinkedHashSet<String>(found);
        return new PublisherReader.Read(q.withPublishers(publishers), PlanWords.blankWords(PlanWords.blankAsIn(rest, q.text(), phrase), phrase));
    }

    /** The place as written and its dictionary translations the catalog writes. */
    private List<String> forms(String place) {
        var out = new ArrayList<String>(List.of(place));
        vocabulary.ifPresent(v -> {
            for (Translation t : v.toChinese(place)) out.add(t.chinese());
        });
        return out;
    }

    /** The catalog's publishers whose names hold one of the place's forms, of the kind the organisations word names. */
    private List<String> publishersHolding(List<String> forms, String organisations) {
        boolean universities = UNIVERSITY_WORDS.contains(organisations);
        List<String> uniForms = glossary.cues("publisher-forms-universities");
        List<String> notUni = glossary.cues("publisher-not-universities");
        var out = new ArrayList<String>();
        for (String name : texts.publisherNames()) {
            boolean holds = forms.stream().anyMatch(f -> f.length() >= 2
                    && (TopicMatcher.hasHan(f) ? name.contains(f) && !name.equals(f) : TopicMatcher.contains(name, f)));
            if (!holds) continue;
            if (universities && (uniForms.stream().noneMatch(u -> name.toLowerCase(Locale.ROOT).contains(u))
                    || notUni.stream().anyMatch(name::contains))) continue;
            out.add(name);
        }
        return out;
    }
}
