package org.tacitus.spark;

import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/**
 * One extraction pipeline per executor JVM, built on first use by whichever task gets there first. CoreNLP's
 * models are not serialisable and take 3 GB and half a minute to load, so they are never broadcast: each JVM
 * loads them once and every task (thread) of that JVM shares them. Thread-safe.
 */
final class ExecutorPipeline {

    private static volatile ExtractionPipeline pipeline;

    private ExecutorPipeline() {
    }

    static ExtractionPipeline get() {
        ExtractionPipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
