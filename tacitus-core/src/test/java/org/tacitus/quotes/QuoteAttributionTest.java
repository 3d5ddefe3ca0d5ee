package org.tacitus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacitus.quotes.QuotesOfOurStories.quotes;
import static org.tacitus.quotes.QuotesOfOurStories.speaker;
import static org.tacitus.quotes.QuotesOfOurStories.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Quote;

/**
 * Quotes on stories of our own, through the whole pipeline: attributions by colons, headlines, signatures, answers,
 * participle and phrasal cues, transcripts.
 */
class QuoteAttributionTest {

    @Test
    void aQuotationAfterAColonBelongsToTheSubjectBeforeIt() {
        String text = String.join("\n\n",
                "Mayor Dana Cole unveiled a blunt new message on Monday: “Fix it first.”",
                "The council had other worries.");
        List<Quote> q = quotes(text);
        Quote message = starting(q, "Fix it first");
        assertTrue(message.direct());
        assertEquals(":", message.cue().text());
        assertEquals("Dana Cole", speaker(message));
    }

    @Test
    void theNameBetweenAQuotationAndItsCueIsTheSpeakerNeverTheDateAfterIt() {
        String text = "“There is a severe disconnect between this council and frankly the mayor and our police,” "
                + "Okafor, a city councillor, said Thursday morning on local radio.";
        Quote q = starting(quotes(text), "There is a severe");
        assertTrue(speaker(q).startsWith("Okafor"), speaker(q));
        assertEquals("Okafor", q.speaker().span().text().replaceAll(",.*", ""));
    }

    @Test
    void aOneWordAnswerBeforeItsSpeakerIsSpeechAndAShowNamedBeforeTheSpeakerIsNot() {
        String text = String.join("\n\n",
                "Reporters asked the mayor whether the bridge would open this year. \"Absolutely,\" he said.",
                "Mayor Dana Cole took questions on Monday. “Never,” replied Cole when asked about new taxes.",
                "Sunday on Channel Nine’s “Morning Report,” Councillor Ana Ruiz said the vote was unfair.");
        List<Quote> q = quotes(text);
        assertTrue(starting(q, "Absolutely").direct());
        assertEquals("said", starting(q, "Absolutely").cue().text());
        assertEquals("replied", starting(q, "Never").cue().text());
        assertEquals("Cole", starting(q, "Never").speaker().span().text());
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("Morning Report")), "a show: " + q);
    }

    @Test
    void aParticipleCueAfterAQuotationIntroducesTheNextOneForTheSpeakerBefore() {
        String text = String.join("\n\n",
                "The minister stated, “When I look at the numbers, it could have been far worse,” adding, “I think "
                        + "the port will reopen within a month.”",
                "Lena Hart spoke next. “We need the money now,” she said, adding, “The farmers cannot wait.”");
        List<Quote> q = quotes(text);
        Quote first = starting(q, "When I look");
        assertEquals("stated", first.cue().text(), "the cue before it, not the participle after");
        Quote second = starting(q, "I think the port");
        assertEquals("adding", second.cue().text());
        assertEquals("minister", speaker(second));
        assertEquals("Lena Hart", speaker(starting(q, "The farmers cannot wait")));
    }

    @Test
    void moreCuesPhrasalCuesAndQuotationsSignedWithAHyphen() {
        String text = String.join("\n\n",
                "Reporters pressed Mayor Dana Cole on the budget. “Go back to your studio,” Cole barked.",
                "Councillor Ana Ruiz fired back: “The budget is a fraud and everyone in this town knows it.”",
                "“Who will pay for the bridge when the money runs out?” Ruiz wondered.",
                "Readers wrote in. \"The bridge is the best thing the council has done in years.\" -Lena Hart, "
                        + "Harbour City");
        List<Quote> q = quotes(text);
        assertEquals("barked", starting(q, "Go back").cue().text());
        assertEquals("Cole", starting(q, "Go back").speaker().span().text());
        assertEquals("Ana Ruiz", speaker(starting(q, "The budget is a fraud")));
        assertEquals("fired", starting(q, "The budget is a fraud").cue().text());
        assertEquals("wondered", starting(q, "Who will pay").cue().text());
        Quote signed = starting(q, "The bridge is the best");
        assertEquals("-", signed.cue().text());
        assertTrue(signed.speaker().span().text().startsWith("Lena Hart"), signed.speaker().span().text());
    }

    @Test
    void aTranscriptsTurnsAreItsSpeakersWordsNamedAfterThePeopleOfTheStory() {
        String text = String.join("\n\n",
                "Mayor Dana Cole defended the bridge on Sunday in an interview with the host Lena Hart.",
                "Partial transcript as follows:",
                "\"HART: Will the bridge open this year, and who will pay for it?",
                "\"COLE: It will open in May, and the city will pay for it without new taxes.",
                "\"HART: Thank you, Mayor.\"");
        List<Quote> q = quotes(text);
        Quote answer = starting(q, "It will open in May");
        assertEquals("Dana Cole", speaker(answer));
        assertEquals("COLE", answer.speaker().span().text());
        assertEquals(":", answer.cue().text());
        assertTrue(answer.direct());
        assertEquals("Lena Hart", speaker(starting(q, "Will the bridge open")));
        assertEquals("Lena Hart", speaker(starting(q, "Thank you")));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("HART:")), "no quote runs over the turns");
    }

    @Test
    void aQuotationAfterTheColonOfATitleCaseHeadlineIsWhatItsOpeningNameSaid() {
        String text = String.join("\n\n",
                "Merkel on the Budget: The Numbers Are ‘Alarming.’",
                "The chancellor spoke in Berlin on Monday about the budget.",
                "Lindqvist Slams Trade Deal: ‘We Will Not Sign It.’",
                "The minister spoke on Tuesday.");
        List<Quote> q = quotes(text);
        Quote budget = starting(q, "The Numbers Are");
        assertTrue(speaker(budget).contains("Merkel"), speaker(budget));
        assertTrue(budget.speaker().span().text().startsWith("Merkel"), budget.speaker().span().text());
        assertEquals(":", budget.cue().text());
        Quote deal = starting(q, "We Will Not Sign");
        assertTrue(deal.speaker().span().text().startsWith("Lindqvist"), deal.speaker().span().text());
    }

    @Test
    void aSubheadingInTitleCaseIsNobodysWords() {
        String text = String.join("\n\n",
                "\"We will rebuild the mine,\" Mayor Dana Cole said on Monday.",
                "'The Coal Is Not the Villain.'",
                "\"Nothing Is Over Yet.\"",
                "The council met again on Tuesday.");
        List<Quote> q = quotes(text);
        assertEquals("Dana Cole", speaker(starting(q, "We will rebuild")));
        assertTrue(q.stream().noneMatch(x -> x.content().text().contains("Villain")
                || x.content().text().contains("Nothing Is Over")), "subheadings: " + q);
    }

    @Test
    void aHeadlineQuotationInsideTheWordsAfterTheColonIsReportedNotDirect() {
        String text = String.join("\n\n",
                "Okafor: Wage Rise Is ‘Not A Radical Idea’ For Cities",
                "The mayor spoke at length on Monday.");
        Quote q = starting(quotes(text), "Wage Rise Is");
        assertEquals("Okafor", speaker(q));
        assertFalse(q.direct(), "the words neither open nor close with the quotation");
    }

    @Test
    void aSentenceTooLongToParseStillGivesItsQuotationASpeaker() {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            list.append("region ").append(i).append(", ");
        }
        String text = "“We will not accept a deal at any price,” said Anna Lindqvist, who listed " + list
                + "and the capital as places the convoy must avoid.";
        Quote q = starting(quotes(text), "We will not accept");
        assertEquals("Anna Lindqvist", speaker(q), "over the parse limit, the name after the cue");
        assertEquals("said", q.cue().text());
    }

    @Test
    void coordinatedReportsStayApartAndANestedCharacterisationIsCarriedByItsReport() {
        String text = String.join("\n\n",
                "Two shipping firms said at the weekend they would pause transits through the strait, and BP said "
                        + "on Monday it was temporarily suspending all tanker shipments through the area.",
                "The army said in a statement that it was committed to the truce but accused the militia of "
                        + "occupying hospitals in the capital.");
        List<Quote> q = quotes(text);
        Quote bp = starting(q, "it was temporarily suspending");
        assertEquals("BP", bp.speaker().span().text(), "a report coordinated with another is one of its own");
        assertTrue(q.stream().anyMatch(x -> x.content().text().startsWith("they would pause")), q.toString());
        Quote accused = starting(q, "the militia of occupying");
        assertEquals("accused", accused.cue().text());
    }
}
