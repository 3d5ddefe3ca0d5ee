package org.tacitus.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person's uninterrupted term in one office: a row of {@code officeholders.tsv}, read by {@link OfficeHolders}.
 * Immutable; validates itself on construction.
 *
 * <p>Offices are either national ({@link #NATIONAL_OFFICES}: a country and a GOV or MIL sector) or international
 * ({@link #INTERNATIONAL_OFFICES}: no country, sector IGO, and the organisation follows from the office). The
 * actor code is country + sector ({@code RUSGOV}), or {@code IGO} + the organisation's CAMEO code for
 * international posts ({@code IGOUNO} United Nations, {@code IGOEEC} European Union, {@code IGONAT} NATO).
 *
 * @param name    full common English name ("Sergei Lavrov")
 * @param aliases other surface forms news uses ("Lavrov", "Sergey Lavrov"), never equal to the name or repeated
 * @param country ISO 3166-1 alpha-3 for national offices, null for international ones
 * @param sector  GOV or MIL for national offices, IGO for international ones
 * @param office  one of {@link #NATIONAL_OFFICES} or the keys of {@link #INTERNATIONAL_OFFICES}
 * @param from    first day in office
 * @param to      last day in office (inclusive), or null while in office
 */
public record Holder(String name, List<String> aliases, String country, String sector, String office,
                     LocalDate from, LocalDate to) {

    /** Offices held in a country's government. */
    public static final Set<String> NATIONAL_OFFICES = Set.of("head_of_state", "head_of_government",
            "foreign_minister", "defence_minister", "un_ambassador", "un_deputy_ambassador");

    /** Offices of international organisations, each with the organisation's CAMEO code. */
    public static final Map<String, String> INTERNATIONAL_OFFICES = Map.of(
            "un_secretary_general", "UNO",
            "un_envoy", "UNO",
            "eu_commission_president", "EEC",
            "eu_council_president", "EEC",
            "eu_high_representative", "EEC",
            "nato_secretary_general", "NAT");

    private static final Set<String> NATIONAL_SECTORS = Set.of("GOV", "MIL");

    public Holder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(from, "from");
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty name");
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        Set<String> seen = new HashSet<>();
        seen.add(name);
        for (String alias : aliases) {
            if (alias.isBlank()) {
                throw new IllegalArgumentException(name + ": empty alias");
            }
            if (!seen.add(alias)) {
                throw new IllegalArgumentException(name + ": alias repeats a name or alias: " + alias);
            }
        }
        if (NATIONAL_OFFICES.contains(office)) {
            if (country == null || !ActorName.isAlpha3(country)) {
                throw new IllegalArgumentException(name + ": " + office + " needs an ISO 3166-1 alpha-3 country, not "
                        + country);
            }
            if (!NATIONAL_SECTORS.contains(sector)) {
                throw new IllegalArgumentException(name + ": sector of a national office must be GOV or MIL, not "
                        + sector);
            }
        } else if (INTERNATIONAL_OFFICES.containsKey(office)) {
            if (country != null) {
                throw new IllegalArgumentException(name + ": " + office + " is international and takes no country");
            }
            if (!sector.equals("IGO")) {
                throw new IllegalArgumentException(name + ": sector of " + office + " must be IGO, not " + sector);
            }
        } else {
            throw new IllegalArgumentException(name + ": unknown office " + office);
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(name + ": term ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The name, then the aliases. */
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>(aliases.size() + 1);
        forms.add(name);
        forms.addAll(aliases);
        return List.copyOf(forms);
    }

    /** True when the term includes that day. */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** True when this term and the other share at least one day. */
    public boolean overlaps(Holder other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    /** The CAMEO-style actor code: {@code RUSGOV}, or {@code IGOUNO} for a United Nations post. */
    public String code() {
        return country != null ? country + sector : "IGO" + INTERNATIONAL_OFFICES.get(office);
    }

    /** This term named by one phrase, as a PERSON actor name valid for the term. */
    public ActorName actorName(String phrase) {
        return new ActorName(phrase, code(), country, sector, name, ActorKind.PERSON, from, to);
    }

    /** One actor name per surface form, name first. */
    public List<ActorName> actorNames() {
        return surfaceForms().stream().map(this::actorName).toList();
    }
}
