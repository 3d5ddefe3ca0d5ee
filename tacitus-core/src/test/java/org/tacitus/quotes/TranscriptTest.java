package org.tacitus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Transcript turns on transcripts of our own. */
class TranscriptTest {

    private static List<String> turns(String text) {
        return Transcript.turns(text).stream()
                .map(t -> t.label() + "|" + text.substring(t.start(), t.end())).toList();
    }

    @Test
    void labelledParagraphsAreTurnsQuotedOrNot() {
        String text = "Partial transcript:\n\n\"HOST: Will the bridge open?\n\n\"DANA COLE: It will, in May.\"\n\n"
                + "HOST: Thank you.";
        assertEquals(List.of("HOST|Will the bridge open?", "DANA COLE|It will, in May.\"", "HOST|Thank you."),
                turns(text));
    }

    @Test
    void oneSpeakerOrNoteLabelsMakeNoTranscript() {
        assertTrue(turns("UPDATE: The vote was moved.\n\nEMAIL: desk@example.org\n\nBYLINE: Ana Ruiz.").isEmpty());
        assertTrue(turns("COLE: We will build it.\n\nCOLE: And pay for it.").isEmpty(), "one speaker");
        assertTrue(turns("The mayor said: We will build it. Nobody: asked.").isEmpty(), "not at a paragraph's start");
    }

    @Test
    void aLabelNamesAPersonByTheWholeNameOrTheLastWord() {
        assertTrue(Transcript.names("PENCE", "Mike Pence"));
        assertTrue(Transcript.names("JAKE TAPPER", "Jake Tapper"));
        assertFalse(Transcript.names("PENCE", "Pencey Lane Smith"));
        assertFalse(Transcript.names("MIKE", "Mike Pence"));
    }
}
