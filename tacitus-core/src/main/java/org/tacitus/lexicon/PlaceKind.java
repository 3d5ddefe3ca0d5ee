package org.tacitus.lexicon;

/** What kind of place a gazetteer entry is. */
public enum PlaceKind {
    COUNTRY, ADMIN1, CITY, SEA, REGION
}
