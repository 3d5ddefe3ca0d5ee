package org.tacitus.lexicon;

/** What kind of phrase names an actor. */
public enum ActorKind {
    /** A country by name or abbreviation: "the United States", "U.S.", "Britain". */
    COUNTRY,
    /** A demonym or adjective: "Russian", "Ukrainians". */
    DEMONYM,
    /** A capital or seat standing for a government: "Moscow", "the Kremlin", "the Pentagon". */
    METONYM,
    /** An international, national or non-state organisation: "NATO", "the Red Cross", "Hamas". */
    ORGANIZATION,
    /** A named person: an office holder or a user's dictionary entry. */
    PERSON,
    /** A regional or compound collective: "the West", "European allies". */
    REGION
}
