/**
 * Entities: the named people, organisations, places and other names of an article.
 *
 * <p>Reads the NER mentions of the {@link org.tacitus.model.AnalyzedText}; adds {@link org.tacitus.model.Entity}
 * records (PERSON, ORGANIZATION, LOCATION, MISC) whose text is the document text at their span. The actors and
 * places stages fill in {@code actor} and {@code place}. Reports no problems.
 */
package org.tacitus.entities;
