/**
 * Quotes: who said what. Reads the analysis text, its sentences and parses, and the entities with their actors;
 * adds {@link org.tacitus.model.Quote}s: direct quotations in every news convention
 * ({@link org.tacitus.quotes.QuoteMarks}), reported speech ("Lavrov said that…", "…, adding that…", "called it “a
 * disaster”", "admires Putin as a “strong leader”", "according to…"; {@link org.tacitus.quotes.ReportedSpeech}),
 * each with its speaker and cue ({@link org.tacitus.quotes.SpeakerFinder}: a verb, "according to", a colon, a dash
 * signing the quotation; {@link org.tacitus.quotes.PhraseOwner}: a verb that puts a phrase in its subject's mouth,
 * a headline's subject; pronouns and roles through {@link org.tacitus.quotes.SpeakerMemory}) and, through the entity
 * it names, the speaker's actor. Quoted titles, names and scare quotes ({@link org.tacitus.quotes.NamesAndTitles})
 * and phrases quoted in passing are not speech, and a partial quotation belongs to the reported words around it
 * ({@link org.tacitus.quotes.QuoteRole}). Reports no problems.
 */
package org.tacitus.quotes;
