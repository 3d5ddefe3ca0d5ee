/**
 * The evaluator of the events stage against PLOVER gold sentences ({@code tacitus eval events}): event-type
 * precision, recall and F1 per type and overall, and dyad accuracy.
 */
package org.tacitus.events.eval;
