/**
 * Events: who did what to whom, when and where, coded in PLOVER with CAMEO alongside. Reads the parsed sentences,
 * the time expressions, the entities with their actors and places, and the quotes (for "we" in a quotation); adds
 * {@link org.tacitus.model.Event}s. The stages, in {@link org.tacitus.events.EventStage}: {@link
 * org.tacitus.events.TriggerFinder} (the trigger lexicon, bundled as {@code lexicon/event-triggers.tsv}), {@link
 * org.tacitus.events.RoleFinder} and {@link org.tacitus.events.ParticipantResolver} (source and target from the UD
 * parse), {@link org.tacitus.events.Framing} (negated, hypothetical, conditional, future, reported), folding and
 * PLOVER's recoding of declared intentions, {@link org.tacitus.events.EventSetting} (date and place) and {@link
 * org.tacitus.events.MentionMerger} (one event per happening in the article, with all its mentions). Sentences
 * without a parse are skipped. Reports no problems.
 */
package org.tacitus.events;
