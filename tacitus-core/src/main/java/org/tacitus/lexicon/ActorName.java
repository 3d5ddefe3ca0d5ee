package org.tacitus.lexicon;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One way of naming an actor: a surface phrase and the coded actor it stands for, valid between two dates
 * (inclusive; null means open-ended).
 *
 * @param phrase  the words as they appear in text ("the Kremlin", "Lavrov", "U.S.")
 * @param code    CAMEO-style actor code: country + sector ({@code RUSGOV}), or an organisation code ({@code IGONAT})
 * @param country ISO 3166-1 alpha-3, or null for international actors
 * @param sector  three-letter sector (GOV, MIL, REB, IGO…), or null
 * @param name    canonical name ("Russia", "Sergei Lavrov", "NATO")
 */
public record ActorName(String phrase, String code, String country, String sector, String name, ActorKind kind,
                        LocalDate from, LocalDate to) {

    public ActorName {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("empty phrase for " + name);
        }
        if (country != null && !isAlpha3(country)) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-3: " + country);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(name + ": period ends before it starts");
        }
    }

    /** True when the name holds on that date (always, when the date is unknown). */
    public boolean validOn(LocalDate date) {
        return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * True for three capital letters A-Z, the shape of an ISO 3166-1 alpha-3 code. (A character test rather than a
     * regular expression: it runs once per name when the lexicons load, tens of thousands of times.)
     */
    public static boolean isAlpha3(String s) {
        return s.length() == 3 && letter(s.charAt(0)) && letter(s.charAt(1)) && letter(s.charAt(2));
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
