/**
 * Places: which real place a location name, a country, a demonym or a seat of government refers to.
 *
 * <p>Reads the entities of an article (after the actors stage); adds a {@link org.tacitus.model.Place} (name,
 * ISO3 country, coordinates, GeoNames id) to those that name a place. {@link org.tacitus.places.Gazetteer} joins
 * the lexicon's countries, regions and seas and the GeoNames-derived city list;
 * {@link org.tacitus.places.PlaceStage} picks among same-named places by the article's focus countries,
 * capital status and population, then lets the names around a name decide what it cannot alone
 * ({@link org.tacitus.places.NearbyToponyms}: a "state" cue, a qualifier as in "Birmingham, Alabama", a list of
 * divisions). Reports no problems.
 */
package org.tacitus.places;
