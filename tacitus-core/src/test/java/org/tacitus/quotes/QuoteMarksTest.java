package org.tacitus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks on sentences of our own, marks typed the wrong way round included. */
class QuoteMarksTest {

    private static List<String> spans(String text) {
        return QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aParagraphThatOpensAQuotationAndNeverClosesItIsTheQuotationWithItsMarkForgotten() {
        String text = "The mayor spoke.\n\n\"There was no plan for the bridge at all, said Cole, who runs the board.\n\n"
                + "The vote is on Friday.\n\n\"Yes\n\nNobody answered.";
        assertEquals(List.of("\"There was no plan for the bridge at all, said Cole, who runs the board."), spans(text),
                "a word or three is no quotation: '\"Yes' stays out");
        assertEquals(List.of(), spans("The vote, she said \"was not fair to anyone in the town"),
                "a mark inside a paragraph that never closes is no quotation");
    }

    @Test
    void curlyAndStraightMarks() {
        assertEquals(List.of("“We will win,”", "\"Not today.\""),
                spans("“We will win,” she said. Then: \"Not today.\""));
    }

    @Test
    void aClosingMarkThatOpensAParagraphOpensIt() {
        String text = "Readers answered.\n\n”Fear. I am afraid of what comes next.” ― Ana Ruiz";
        assertEquals(List.of("”Fear. I am afraid of what comes next.”"), spans(text));
        assertEquals(List.of("” … he spoke with calm and polish,”"),
                spans("The critic agreed. ” … he spoke with calm and polish,” Kemp wrote."));
    }

    @Test
    void aClosingMarkAfterAWordStillCloses() {
        assertEquals(List.of("“plan”"), spans("The “plan” works, ” she noted"));
    }

    @Test
    void anOpeningMarkAfterTheFinalPeriodClosesTheQuotation() {
        assertEquals(List.of("“The real rate is 51 percent.“"),
                spans("She said: “The real rate is 51 percent.“ Nobody checked."));
    }

    @Test
    void aNestedCurlyQuotationStaysInsideTheOuterOne() {
        String text = "“I'd rather live in what he calls “hell” than under him.” ― Ana Ruiz";
        assertEquals(List.of("“I'd rather live in what he calls “hell” than under him.”"), spans(text));
        assertEquals(List.of("“It is a “so-called deal, and we know it.”"),
                spans("“It is a “so-called deal, and we know it.” Then he left."),
                "a stray opening mark that nothing closes is no nested quotation");
    }
}
