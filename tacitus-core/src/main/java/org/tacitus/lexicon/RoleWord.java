package org.tacitus.lexicon;

import java.util.Objects;

/**
 * A word or phrase naming a role rather than an actor ("foreign minister", "rebels", "police"), and the sector it
 * gives the actor it qualifies: "the Russian foreign minister" is Russia + GOV. Read from PETRARCH/Phoenix
 * {@code .agents} dictionaries by {@link PetrarchAgentReader}.
 *
 * @param phrase the words, as written in the dictionary (PETRARCH phrases are upper case: match ignoring case)
 * @param sector the agent code without its {@code ~}: one or more three-letter CAMEO sector codes, outermost
 *               first ({@code GOV}, {@code GOVMED}, {@code NGO})
 */
public record RoleWord(String phrase, String sector) {

    public RoleWord {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(sector, "sector");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("empty phrase for sector " + sector);
        }
        if (!sector.matches("[A-Z0-9]{3,}")) {
            throw new IllegalArgumentException("sector must be three or more capitals or digits: " + sector);
        }
    }

    /** The first three letters of the sector: {@code GOV} for {@code GOVMED}. */
    public String primarySector() {
        return sector.substring(0, 3);
    }
}
