package org.tacitus.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacitus.model.Speaker;
import org.tacitus.model.Token;

/**
 * Who has spoken so far in one document, for the quotations read after: the last speaker (a paragraph of quotation
 * with no cue continues their words; "they" and "it" stand for them), the people who may be "he" or "she" (people
 * and single persons named by a role who spoke, and people named as the subject of a verb: "Cole spoke next. She
 * said: …"), and the speakers named by a role ("the spokesperson" met again). One per document; not thread-safe.
 */
final class SpeakerMemory {

    /** Singular nouns that name a group, not one person: never "he" or "she". */
    private static final Set<String> GROUPS = Set.of("crowd", "audience", "group", "campaign", "team", "committee",
            "party", "panel", "board", "staff", "family", "number", "majority", "public", "administration",
            "government", "coalition", "company", "organization", "organisation", "office", "department", "agency");

    private final List<Speaker> introduced = new ArrayList<>();
    private final List<Boolean> personLike = new ArrayList<>();
    private final List<Speaker> personSubjects;
    private Speaker last;
    private int lastEnd = -1;

    /** @param personSubjects people named as the subject of a verb, in text order */
    SpeakerMemory(List<Speaker> personSubjects) {
        this.personSubjects = List.copyOf(personSubjects);
    }

    /** Whether a role noun heading a speaker names one human being ("the senator", not "the crowd"). */
    static boolean oneHuman(Token head) {
        return "NN".equals(head.pos()) && !GROUPS.contains(head.text().toLowerCase(Locale.ROOT));
    }

    void introduce(Speaker s, boolean person) {
        introduced.add(s);
        personLike.add(person);
    }

    void said(Speaker s, int end) {
        if (s != null) {
            last = s;
            lastEnd = end;
        }
    }

    Speaker last() {
        return last;
    }

    int lastEnd() {
        return lastEnd;
    }

    /**
     * The antecedent of "he" or "she" at {@code before}: of the person-like speakers introduced and the people
     * named as subjects before it, the one named last; null when there is none.
     */
    Speaker lastPerson(int before) {
        Speaker best = null;
        for (int i = introduced.size() - 1; i >= 0; i--) {
            Speaker s = introduced.get(i);
            if (personLike.get(i) && s.span().start() < before
                    && (best == null || s.span().start() > best.span().start())) {
                best = s;
            }
        }
        for (int i = personSubjects.size() - 1; i >= 0; i--) {
            Speaker s = personSubjects.get(i);
            if (s.span().start() < before) {
                if (best == null || s.span().start() > best.span().start()) {
                    best = s;
                }
                break;
            }
        }
        return best;
    }

    /** The latest speaker whose words included the role ("spokesperson"). */
    Speaker withRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        for (int i = introduced.size() - 1; i >= 0; i--) {
            Speaker s = introduced.get(i);
            if (s.span().text().toLowerCase(Locale.ROOT).contains(r) && s.actor() != null
                    && (s.actor().country() != null || s.actor().code() != null
                    && !s.actor().code().equals(s.actor().sector()))) {
                return s;
            }
        }
        return null;
    }
}
