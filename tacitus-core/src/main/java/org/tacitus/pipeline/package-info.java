/**
 * The pipeline, written down in one place: article → NLP (sentences, tokens, NER, parse) → time → entities
 * (→ actors and places → events and quotes as their stages arrive).
 *
 * <p>{@link org.tacitus.pipeline.ExtractionPipeline} composes the stages for one document and turns anything
 * unexpected into a {@code PROCESSING_FAILED} result for that document only; {@link org.tacitus.pipeline.BatchRunner}
 * runs it over many documents on a worker pool and hands results back in input order.
 */
package org.tacitus.pipeline;
