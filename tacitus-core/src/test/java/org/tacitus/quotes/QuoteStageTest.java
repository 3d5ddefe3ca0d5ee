package org.tacitus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacitus.quotes.QuotesOfOurStories.quotes;
import static org.tacitus.quotes.QuotesOfOurStories.speaker;
import static org.tacitus.quotes.QuotesOfOurStories.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Quote;

/** Quotes on stories of our own, through the whole pipeline: conventions, reported speech, what is not speech. */
class QuoteStageTest {

    @Test
    void everyQuotationConventionAndCueOrder() {
        String text = String.join("\n\n",
                "Foreign Minister Anna Lindqvist said, \"We will not accept a deal at any price.\"",
                "“Talks must resume next week,” said Interior Minister Pavel Orlov.",
                "''The border stays closed,'' the Kremlin said in a statement.",
                "The envoy described the offer as «a last chance», according to the newspaper.",
                "'We are ready to talk,' Lindqvist told reporters on Monday.");
        List<Quote> q = quotes(text);
        assertEquals("Anna Lindqvist", speaker(starting(q, "We will not accept")));
        assertEquals("said", starting(q, "We will not accept").cue().text());
        assertEquals("Pavel Orlov", speaker(starting(q, "Talks must resume")));
        assertTrue(speaker(starting(q, "The border stays closed")).contains("Kremlin"));
        assertEquals("RUS", starting(q, "The border stays closed").speaker().actor().country(),
                "an organisation speaks for its country");
        assertEquals("Anna Lindqvist", speaker(starting(q, "We are ready to talk")), "a surname links to the name");
        assertTrue(q.stream().allMatch(x -> x.direct() || !x.content().text().startsWith("\"")));
    }

    @Test
    void multiParagraphQuotesPronounsAndContinuation() {
        String text = String.join("\n\n",
                "Defence Minister Tomas Berg said the patrols would continue.",
                "\"We have seen the buildup with our own eyes. It is not an exercise.",
                "\"Nobody should doubt our resolve,\" he told reporters.",
                "\"Our allies stand with us and we stand with them.\"",
                "A spokesperson for the European Commission said Brussels was watching.",
                "\"Dialogue remains the only way,\" the spokesperson said.");
        List<Quote> q = quotes(text);
        Quote twoParagraphs = starting(q, "We have seen the buildup");
        assertTrue(twoParagraphs.content().text().contains("Nobody should doubt our resolve"),
                "a paragraph that opens a quote without closing it continues: " + twoParagraphs.content().text());
        assertEquals("Tomas Berg", speaker(twoParagraphs), "he → the last named speaker");
        assertEquals("Tomas Berg", speaker(starting(q, "Our allies stand with us")), "no cue: the same speaker");
        assertNull(starting(q, "Our allies stand with us").cue());
        Quote spokesperson = starting(q, "Dialogue remains");
        assertEquals("IGOEECCOM", spokesperson.speaker().actor().code(), "the spokesperson met again");
    }

    @Test
    void partialQuotesReportedSpeechAndWhatIsNotSpeech() {
        String text = String.join("\n\n",
                "Foreign Minister Anna Lindqvist said that Stockholm would take a \"hard line\" in the talks.",
                "She appeared on \"Meet the Press\" on Sunday.",
                "Supporters chanted \"Make America Great Again\" outside the hall.",
                "He blamed the so-called \"dishonest media\" for the row.",
                "Officials said the convoy had crossed the border.");
        List<Quote> q = quotes(text);
        Quote partial = q.stream().filter(x -> x.content().text().contains("\"hard line\"")).findFirst().orElseThrow();
        assertEquals("Anna Lindqvist", speaker(partial), "a partial quote belongs to the reported clause's speaker");
        assertTrue(partial.content().text().startsWith("that Stockholm"), partial.content().text());
        assertFalse(partial.direct(), "reported speech that neither opens nor closes with a quotation");
        for (String notSpeech : List.of("Meet the Press", "Make America Great Again", "dishonest media")) {
            assertTrue(q.stream().noneMatch(x -> x.direct() && x.content().text().contains(notSpeech)),
                    notSpeech + " is not speech");
        }
        Quote reported = q.stream().filter(x -> !x.direct() && x.content().text().contains("convoy")).findFirst()
                .orElseThrow();
        assertFalse(reported.direct());
        assertEquals("said", reported.cue().text());
        assertEquals("Officials", reported.speaker().span().text());
    }

    @Test
    void reportedWordsOfParticiplesNamingVerbsAndSentencesAttributedAtTheirEnd() {
        String text = String.join("\n\n",
                "The senator called the proposal a \"reckless gamble.\"",
                "Mayor Ruth Okafor spoke for an hour, adding that the city would \"never give up.\"",
                "The aim of the visit was \"to calm nerves in the region,\" the ambassador said.",
                "Envoy Ilya Markov said the talks should be \"serious\" but that the draft was not an \"ultimatum\" "
                        + "to anyone.",
                "Lewis Grant added, \"We will keep fighting,\" before leaving the stage.");
        List<Quote> q = quotes(text);
        Quote named = starting(q, "the proposal");
        assertTrue(named.direct(), "the reported words close with the quotation");
        assertTrue(named.content().text().endsWith("gamble.\""), named.content().text());
        assertEquals("called", named.cue().text());
        assertEquals("senator", speaker(named));
        Quote adding = starting(q, "that the city");
        assertEquals("Ruth Okafor", speaker(adding), "a participle speaks with its clause's subject");
        assertEquals("adding", adding.cue().text());
        assertTrue(adding.direct());
        Quote aim = starting(q, "The aim of the visit");
        assertTrue(aim.direct() && aim.content().text().endsWith("region,\""), aim.content().text());
        assertEquals("ambassador", speaker(aim));
        Quote envoy = starting(q, "the talks should be");
        assertFalse(envoy.direct(), "two partial quotes inside reported words: " + envoy.content().text());
        assertTrue(envoy.content().text().endsWith("to anyone"), envoy.content().text());
        assertEquals("Ilya Markov", speaker(envoy));
        assertTrue(q.stream().noneMatch(x -> x.content().text().equals("\"serious\"")), "no quote of its own");
        Quote grant = starting(q, "We will keep fighting");
        assertEquals("\"We will keep fighting,\"", grant.content().text(), "the words after it are not quoted");
        assertEquals("Lewis Grant", speaker(grant));
    }

    @Test
    void phrasesQuotedInPassingAreNotSpeech() {
        String text = String.join("\n\n",
                "Governor Hale sees the vote as a \"litmus test\" for the party, his aides said.",
                "The bill would fund a two-year \"pause\" in the levy on imports.",
                "Jones insisted that such a request was \"pointless,\" because the files were gone.");
        List<Quote> q = quotes(text);
        for (String phrase : List.of("litmus test", "pause", "pointless")) {
            assertTrue(q.stream().noneMatch(x -> x.direct() && x.content().text().contains(phrase)),
                    phrase + " is no direct quote: " + q);
        }
        Quote jones = starting(q, "that such a request");
        assertFalse(jones.direct(), "the reported clause goes on after the quotation");
        assertEquals("Jones", speaker(jones));
    }

    @Test
    void speakersNeverInsideQuotationsAndCuesAfterColonsOrSplitSentences() {
        String text = String.join("\n\n",
                "\"Supporters of other candidates,\" Marlow added, \"have focused on television ads.\"",
                "\"I did not see it coming. A year ago nobody cared. Now everybody does,\" said Okafor.",
                "Continued Stanton: \"I think that the stakes are high. We must register voters.\"",
                "\"Who wants to live at home at 29?\" Priya Nair said.",
                "In a statement, the Hungarian foreign ministry said:",
                "\"The border remains closed to all traffic until further notice.\"");
        List<Quote> q = quotes(text);
        assertEquals("Marlow", speaker(starting(q, "Supporters of other")), "not the quoted words the parse chose");
        assertEquals("Marlow", speaker(starting(q, "have focused")));
        assertEquals("Okafor", speaker(starting(q, "I did not see it coming")));
        assertEquals("Stanton", speaker(starting(q, "I think that the stakes")), "the cue is no part of the name");
        Quote nair = starting(q, "Who wants to live");
        assertEquals("Priya Nair", speaker(nair), "the attribution after a question mark");
        assertEquals("said", nair.cue().text());
        Quote ministry = starting(q, "The border remains closed");
        assertNotNull(ministry.cue(), "introduced by the sentence before, which ends with a colon");
        assertEquals("HUN", ministry.speaker().actor().country());
    }

    @Test
    void pronounsFindTheLastPersonNamedAndQuotationsRunPastTheReportedClause() {
        String text = String.join("\n\n",
                "Interior Minister Pavel Orlov spoke first. The crowd chanted \"Build the bridge!\" for a minute.",
                "Mayor Dana Cole took the stage after him. She said: \"We will rebuild it by spring.\"",
                "\"Is that a promise?\" she added. \"It is.\"",
                "Orlov said on radio that Cole \"has to find the money first. I think it is a very sad plan.\"");
        List<Quote> q = quotes(text);
        assertEquals("Dana Cole", speaker(starting(q, "We will rebuild")), "the person named last, not a speaker");
        assertEquals("Dana Cole", speaker(starting(q, "Is that a promise")));
        Quote short_ = starting(q, "It is.");
        assertEquals("Dana Cole", speaker(short_), "a short quotation that is a sentence continues the speaker");
        Quote radio = starting(q, "that Cole");
        assertTrue(radio.direct(), "the quotation opened in the reported words closes them");
        assertTrue(radio.content().text().endsWith("sad plan.\""), radio.content().text());
        assertEquals("Pavel Orlov", speaker(radio));
    }

    @Test
    void headlineAttributionsAndShortUtterancesRightAfterTheirCue() {
        String text = String.join("\n\n",
                "Okafor: ‘It Is Not A Radical Idea’ To Ask For A Higher Wage",
                "Some in the hall chanted \"Lock them up!\" as the results came in.",
                "She appeared on \"Meet the Press\" on Sunday.");
        List<Quote> q = quotes(text);
        Quote headline = starting(q, "It Is Not A Radical Idea");
        assertEquals("‘It Is Not A Radical Idea’ To Ask For A Higher Wage", headline.content().text(),
                "the words after the colon, in title case");
        assertEquals("Okafor", speaker(headline));
        assertEquals(":", headline.cue().text());
        assertTrue(starting(q, "Lock them up").direct(), "an utterance right after its cue");
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("Meet the Press")));
    }

    @Test
    void aStoryOfSpokespeopleEnvoysAndMinisters() {
        String text = String.join("\n\n",
                "A spokesperson for the U.S. National Security Council told reporters late Monday that the talks "
                        + "would take place on Jan. 10.",
                "\"The United States looks forward to the talks,\" the National Security Council spokesperson said.",
                "\"We will put our concerns on the table.\"",
                "Russian Foreign Minister Sergei Lavrov said that Moscow would take a \"hard line\" aimed at "
                        + "defending its interests and avoiding \"concessions.\"",
                "At the United Nations, Russia's deputy envoy, Dmitry Polyanskiy, said the talks should be "
                        + "\"serious\" but that Russia's proposals were not an \"ultimatum\" to anyone.",
                "\"I don't think our partners will get away with empty talk,\" he told reporters.",
                "\"It is a constructive proposal,\" he said.",
                "Negotiations will include \"nothing about our allies without our allies,\" the spokesperson said.",
                "\"The approach has been clear and consistent. We are unified as an alliance.\"");
        List<Quote> q = quotes(text);
        for (String words : List.of("The United States looks forward", "We will put our concerns",
                "Negotiations will include", "The approach has been clear")) {
            Quote nsc = starting(q, words);
            assertTrue(nsc.direct(), words);
            assertEquals("USAGOV", nsc.speaker().actor().code(), words);
        }
        Quote lavrov = starting(q, "that Moscow would take");
        assertTrue(lavrov.content().text().contains("\"hard line\"") && lavrov.content().text()
                .endsWith("\"concessions.\""), lavrov.content().text());
        assertTrue(lavrov.direct(), "the reported clause closes with a quotation");
        assertEquals("Sergei Lavrov", speaker(lavrov));
        assertTrue(q.stream().noneMatch(x -> x.content().text().equals("\"hard line\"")));
        Quote envoy = starting(q, "the talks should be");
        assertFalse(envoy.direct(), "the quotations are inside the reported words: " + envoy.content().text());
        assertEquals("Dmitry Polyanskiy", speaker(envoy));
        assertEquals("Dmitry Polyanskiy", speaker(starting(q, "I don't think our partners")));
        assertEquals("Dmitry Polyanskiy", speaker(starting(q, "It is a constructive proposal")));
    }

    @Test
    void quotationsSignedWithADashAfterThem() {
        String text = String.join("\n\n",
                "We asked voters in Ohio what they thought of the debate.",
                "“We need jobs here, not speeches about jobs.” ― Maria Lopez",
                "“The debate left me worried about what he calls “winning” for people like us.”\u00a0― Tom Becker",
                "”I will vote, but I am not happy about it.” — Grace Ito");
        List<Quote> q = quotes(text);
        assertEquals("Maria Lopez", speaker(starting(q, "We need jobs")));
        assertEquals("―", starting(q, "We need jobs").cue().text());
        Quote nested = starting(q, "The debate left me");
        assertTrue(nested.content().text().endsWith("like us.”"), "a nested quotation: " + nested.content().text());
        assertEquals("Tom Becker", speaker(nested));
        assertEquals("Grace Ito", speaker(starting(q, "”I will vote")), "a closing mark typed for an opening one");
    }

    @Test
    void phrasesAVerbPutsInItsSubjectsMouthAreTheirsAndTitlesAreNobodys() {
        String text = String.join("\n\n",
                "Senator Ines Ortiz blasted the \"reckless\" merger before the vote.",
                "The union likened the new contract to \"a surrender\" at a rally in the capital.",
                "The party's \"listening tour\" began in May and ended in a small town near the coast.",
                "Mr. Falk appeared on a late-night show called \"Open Table\" last week.",
                "She would close what has become known as the ''harbor loophole'' after the port's owners.",
                "Rosa Imhof, a historian who was at the meeting, recalled, \"He looked up and said the deal was "
                        + "dead before it was signed.\"");
        List<Quote> q = quotes(text);
        Quote reckless = starting(q, "reckless");
        assertTrue(reckless.direct());
        assertEquals("Ines Ortiz", speaker(reckless));
        assertEquals("blasted", reckless.cue().text());
        assertTrue(speaker(starting(q, "a surrender")).toLowerCase().contains("union"), "likened: the union's words");
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("listening tour")),
                "a phrase no owning verb governs is nobody's: " + q);
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("Open Table")), "a title: " + q);
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("harbor loophole")),
                "a name introduced with its article: " + q);
        assertEquals("Rosa Imhof", speaker(starting(q, "He looked up")),
                "\"recalled\" is no title introducer like \"called\"");
    }

    @Test
    void reportedWordsEndAtAQuotationClosedOnACommaAndAnOwningVerbBeatsALaterCue() {
        String text = String.join("\n\n",
                "Police chief Dana Reyes said the footage did not give \"clear evidence of a weapon,\" but she added "
                        + "that the inquiry would go on.",
                "Senator Lars Cole urged his voters to \"stay home in protest\" on Sunday and said he was proud of "
                        + "his record.",
                "Governor Maya Holt blamed the shortage on \u201creckless city planners.\u201d",
                "Mayor Ivo Brandt went on to back the plan, calling it \u201ca lifeline for the port.\u201d");
        List<Quote> q = quotes(text);
        Quote footage = starting(q, "the footage did not");
        assertTrue(footage.direct() && footage.content().text().endsWith("weapon,\""), footage.content().text());
        assertEquals("Dana Reyes", speaker(footage));
        Quote home = starting(q, "stay home");
        assertTrue(home.direct());
        assertEquals("Lars Cole", speaker(home));
        assertEquals("urged", home.cue().text(), "the verb that governs the phrase, not the later \"said\"");
        Quote blamed = starting(q, "the shortage on");
        assertTrue(blamed.direct());
        assertEquals("Maya Holt", speaker(blamed));
        Quote calling = q.stream().filter(x -> x.content().text().contains("a lifeline")).findFirst().orElseThrow();
        assertTrue(calling.direct());
        assertEquals("Ivo Brandt", speaker(calling), "a participle hung on \"went on to\" takes its subject");
    }

    @Test
    void aHeadlineQuotesItsSubjectUnlessTheQuotationNamesAWork() {
        List<Quote> slam = quotes(String.join("\n\n",
                "Mayor Calls Budget Cuts \u2018A Betrayal\u2019 Of The City",
                "The mayor spoke after the council voted on Thursday."));
        assertEquals("Mayor", speaker(starting(slam, "A Betrayal")));
        List<Quote> work = quotes(String.join("\n\n",
                "Director Ana Bellini\u2019s \u2018Night Train\u2019 Wins Top Prize At Festival In Venice",
                "The film follows a family fleeing the war on the last train out of the city."));
        assertTrue(work.stream().noneMatch(x -> x.content().text().contains("Night Train")), "a title: " + work);
    }

    @Test
    void anyVerbThatSetsItsObjectBesideAQuotedAsOrForPhraseReportsIt() {
        String text = String.join("\n\n",
                "Senator Ruth Hall blasted the agency for being “utterly careless” on Tuesday.",
                "Governor Amos Reed described the mayor as a “disgrace” after the vote in the council.",
                "Ms. Diaz openly admires the chancellor as a “steady hand,” her aides said.",
                "Governor Amos Reed openly admires the premier as a “strong leader,” comparing him favorably to his "
                        + "predecessor.",
                "As for the costs, ''the plan would pay for itself within a decade,'' said Mr. Varga, who advises the "
                        + "campaign.");
        List<Quote> q = quotes(text);
        Quote blasted = starting(q, "the agency for being");
        assertTrue(blasted.direct(), blasted.content().text());
        assertTrue(blasted.content().text().endsWith("careless”"), "the date after it is no part: "
                + blasted.content().text());
        assertEquals("Ruth Hall", speaker(blasted));
        assertEquals("blasted", blasted.cue().text());
        Quote described = starting(q, "the mayor as a");
        assertTrue(described.content().text().endsWith("“disgrace”"), "words do not run on past a closing mark: "
                + described.content().text());
        assertTrue(described.direct());
        assertTrue(q.stream().noneMatch(x -> x.content().text().startsWith("the chancellor")),
                "inside words that \"said\" reports, the outer attribution carries it: " + q);
        Quote admires = starting(q, "the premier as a");
        assertTrue(admires.direct() && admires.content().text().endsWith("leader,”"), admires.content().text());
        assertEquals("Amos Reed", speaker(admires));
        Quote varga = q.stream().filter(x -> x.content().text().contains("pay for itself")).findFirst().orElseThrow();
        assertTrue(varga.direct(), varga.content().text());
        assertEquals("Varga", speaker(varga).replaceAll(".* ", ""), "an inverted speaker parsed as the object");
    }
}
