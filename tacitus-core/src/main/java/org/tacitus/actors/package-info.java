/**
 * Actors: who the named and described participants of an article are, as coded actors.
 *
 * <p>Reads the article, its {@link org.tacitus.model.AnalyzedText} and the named entities; adds an
 * {@link org.tacitus.model.Actor} to entities that name one (countries, demonyms, capitals and seats used as
 * metonyms, organisations, office holders, people introduced with a title) and adds entities of type
 * {@code NOMINAL} for actors described without a name ("a US official", "Ukrainian troops"). The phrase index is
 * {@link org.tacitus.actors.ActorLexicon}; people are followed through the document by
 * {@link org.tacitus.actors.PeopleInDocument}. Reports no problems.
 */
package org.tacitus.actors;
