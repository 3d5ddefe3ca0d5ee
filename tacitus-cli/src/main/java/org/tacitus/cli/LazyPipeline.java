package org.tacitus.cli;

import java.util.function.Function;
import org.tacitus.ingest.ReadResult;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/**
 * The extraction pipeline for a server, built on the first article posted: a server that is only read from never
 * pays for loading CoreNLP's models. Thread-safe.
 */
final class LazyPipeline implements Function<ReadResult, DocumentResult> {

    private volatile ExtractionPipeline pipeline;

    LazyPipeline() {
    }

    /** Starts from a pipeline already built (the demo's). */
    LazyPipeline(ExtractionPipeline built) {
        this.pipeline = built;
    }

    @Override
    public DocumentResult apply(ReadResult input) {
        ExtractionPipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());
                }
                p = pipeline;
            }
        }
        return p.process(input);
    }
}
