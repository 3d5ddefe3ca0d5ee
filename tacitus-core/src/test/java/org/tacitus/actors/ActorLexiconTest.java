package org.tacitus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tacitus.lexicon.ActorKind;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.CountryTable;
import org.tacitus.lexicon.OfficeHolders;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/** The actor lexicon over the built-in countries and office holders, on sentences tokenised by hand (no NLP). */
class ActorLexiconTest {

    private static final ActorLexicon LEXICON;

    static {
        List<ActorName> names = new ArrayList<>(CountryTable.load().actorNames());
        names.addAll(OfficeHolders.load().actorNames());
        LEXICON = new ActorLexicon(names);
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’.-]+|\\S");

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), "NNP", m.group(), "O"));
        }
        return new Sentence(0, 0, text.length(), tokens, List.of(), true, false);
    }

    private static List<LexiconMatch> find(String text, LocalDate date) {
        return LEXICON.find(text, sentence(text), date);
    }

    private static LexiconMatch only(String text, LocalDate date, String phrase) {
        List<LexiconMatch> found = find(text, date).stream()
                .filter(m -> text.substring(m.start(), m.end()).equals(phrase)).toList();
        assertEquals(1, found.size(), phrase + " in: " + text + " -> " + find(text, date));
        return found.get(0);
    }

    @Test
    void aHistoricalLeaderCodesTheCountryOfTheArticleDate() {
        String text = "President Mugabe said on Tuesday that the troops would stay.";
        ActorName mugabe = only(text, LocalDate.of(1999, 3, 10), "Mugabe").name();
        assertEquals("ZWEGOV", mugabe.code());
        assertEquals("Robert Mugabe", mugabe.name());
        assertEquals(ActorKind.PERSON, mugabe.kind());
        assertTrue(find(text, LocalDate.of(2019, 1, 1)).isEmpty(), "out of office in 2019");
        assertEquals("RUSGOV", only("Yeltsin flew to Chechnya.", LocalDate.of(1995, 6, 1), "Yeltsin").name().code());
    }

    @Test
    void thePredecessorHoldsTheOfficeUntilTheDayBeforeTheHandover() {
        String text = "Mandela met Mbeki in Pretoria.";
        LocalDate before = LocalDate.of(1999, 6, 15);
        assertEquals("Nelson Mandela", only(text, before, "Mandela").name().name());
        assertTrue(find(text, before).stream().noneMatch(m -> m.name().name().equals("Thabo Mbeki")),
                "Mbeki is not yet President");
        LocalDate after = LocalDate.of(1999, 6, 16);
        assertEquals("Thabo Mbeki", only(text, after, "Mbeki").name().name());
    }

    @Test
    void aSharedSurnameIsTheHolderOfTheDateOrWithoutADateTheSharedCountry() {
        String text = "Bush warned Baghdad.";
        assertEquals("George H. W. Bush", only(text, LocalDate.of(1990, 8, 8), "Bush").name().name());
        assertEquals("George W. Bush", only(text, LocalDate.of(2003, 3, 18), "Bush").name().name());
        ActorName undated = only(text, null, "Bush").name();
        assertEquals("USAGOV", undated.code());
        assertEquals("Bush", undated.name());
        assertNull(undated.from());
        // Different countries, no date: no actor at all.
        String conte = "Conte spoke to reporters.";
        assertEquals("GINGOV", only(conte, LocalDate.of(1995, 1, 1), "Conte").name().code());
        assertEquals("ITAGOV", only(conte, LocalDate.of(2019, 1, 1), "Conte").name().code());
        assertTrue(find(conte, null).isEmpty(), "Conte of Italy or of Guinea: " + find(conte, null));
        // One person's several offices: the latest.
        assertEquals("IGONAT", only("Stoltenberg said.", null, "Stoltenberg").name().code());
    }

    @Test
    void aHyphenatedNameMatchesWhenTheTokenizerSplitsIt() {
        // the tokenizer may cut "Guinea-Bissau" into "Guinea", "-", "Bissau": the name is still one country
        String text = "Soldiers from Guinea-Bissau crossed the border.";
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}]+|\\S").matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), "NNP", m.group(), "O"));
        }
        Sentence split = new Sentence(0, 0, text.length(), tokens, List.of(), true, false);
        List<LexiconMatch> found = LEXICON.find(text, split, null);
        assertEquals(1, found.size(), found.toString());
        assertEquals("GNB", found.get(0).name().code());
        assertEquals("Guinea-Bissau", text.substring(found.get(0).start(), found.get(0).end()));
    }
}
