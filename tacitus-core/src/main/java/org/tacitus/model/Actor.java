package org.tacitus.model;

/**
 * A coded actor: CAMEO-style code (country + sector, e.g. {@code RUSGOV}), ISO 3166-1 alpha-3 country, sector
 * (GOV, MIL, REB…) and a canonical name. Any part may be null when unknown.
 */
public record Actor(String code, String country, String sector, String name) {
}
