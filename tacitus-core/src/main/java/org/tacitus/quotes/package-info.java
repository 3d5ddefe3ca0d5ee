/**
 * Quotes: who said what. Reads the analysis text, its sentences and parses, and the entities with their actors;
 * adds {@link org.tacitus.model.Quote}s: direct quotations in every news convention ({@link
 * org.tacitus.quotes.QuoteMarks}), reported speech ("Lavrov said that…", "according to…"), each with its speaker
 * and cue ({@link org.tacitus.quotes.SpeakerFinder}) and, through the entity it names, the speaker's actor. Quoted
 * titles, names and scare quotes are not speech. Reports no problems.
 */
package org.tacitus.quotes;
