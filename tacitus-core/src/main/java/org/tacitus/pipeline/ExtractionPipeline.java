package org.tacitus.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.tacitus.actors.ActorStage;
import org.tacitus.actors.BuiltInActors;
import org.tacitus.entities.NerEntities;
import org.tacitus.events.EventStage;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Event;
import org.tacitus.model.Extraction;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.Quote;
import org.tacitus.model.TimeExpression;
import org.tacitus.nlp.TextAnalyzer;
import org.tacitus.pipeline.StageTimings.Stage;
import org.tacitus.places.Gazetteer;
import org.tacitus.places.PlaceStage;
import org.tacitus.quotes.QuoteStage;
import org.tacitus.time.RuleBasedTimeTagger;
import org.tacitus.time.TimeTagger;

/**
 * The stages, in order, for one document: NLP → time → named entities → actors → places → quotes → events. Thread-safe: stages are stateless and the analyzer is shared.
 */
public final class ExtractionPipeline {

    private final PipelineConfig config;
    private final TextAnalyzer analyzer;
    private final TimeTagger time = defaultTimeTagger();
    private final NerEntities entities = new NerEntities();
    private final ActorStage actors;
    private final PlaceStage places;
    private final QuoteStage quotes = new QuoteStage();
    private final EventStage events = new EventStage();

    public ExtractionPipeline(PipelineConfig config, TextAnalyzer analyzer) {
        this.config = config;
        this.analyzer = analyzer;
        this.actors = BuiltInActors.stage(config.userActors());
        this.places = new PlaceStage(Gazetteer.builtIn());
    }

    /** The time tagger the pipeline uses by default; also what {@code tacitus eval timex} scores as ours. */
    public static TimeTagger defaultTimeTagger() {
        return new RuleBasedTimeTagger();
    }

    /** Processes one read result; never throws for bad input. */
    public DocumentResult process(ReadResult input) {
        return process(input, StageTimings.NONE);
    }

    /** Processes one read result, adding the time each stage took to {@code timings}; never throws for bad input. */
    public DocumentResult process(ReadResult input, StageTimings timings) {
        if (input instanceof ReadResult.Failed f) {
            return new DocumentResult.Failed(f.id(), f.problem());
        }
        return process(((ReadResult.Read) input).article(), timings);
    }

    public DocumentResult process(Article article) {
        return process(article, StageTimings.NONE);
    }

    public DocumentResult process(Article article, StageTimings timings) {
        if (article.text().length() > config.maxChars()) {
            return new DocumentResult.Failed(article.id(), Problem.of(ProblemCode.DOCUMENT_TOO_LARGE, "pipeline",
                    "document has " + article.text().length() + " characters; the limit is " + config.maxChars()
                            + " (--max-chars)"));
        }
        try {
            long t = timings.mark();
            AnalyzedText analyzed = analyzer.analyze(article.analysisText(), article.published());
            t = timings.lap(Stage.NLP, t);
            List<TimeExpression> timexes = time.tag(article, analyzed);
            t = timings.lap(Stage.TIME, t);
            List<Entity> coded = actors.code(article, analyzed, entities.find(article, analyzed));
            t = timings.lap(Stage.ENTITIES_ACTORS, t);
            List<Entity> found = places.locate(article, analyzed, coded);
            t = timings.lap(Stage.PLACES, t);
            List<Problem> problems = new ArrayList<>(article.problems());
            problems.addAll(analyzed.problems());
            List<Quote> said = quotes.find(article, analyzed, found);
            t = timings.lap(Stage.QUOTES, t);
            List<Event> happened = events.find(article, analyzed, timexes, found, said);
            timings.lap(Stage.EVENTS, t);
            return new DocumentResult.Extracted(new Extraction(article, timexes, found, happened, said, problems));
        } catch (RuntimeException | StackOverflowError e) {
            return new DocumentResult.Failed(article.id(), Problem.of(ProblemCode.PROCESSING_FAILED, "pipeline",
                    ExtractionPipeline.failure(e)));
        }
    }

    /**
     * What a PROCESSING_FAILED problem says of a bug: the exception and where in Tacitus it was thrown, so that a
     * report of it can be acted on without rerunning.
     */
    static String failure(Throwable e) {
        StringBuilder out = new StringBuilder("unexpected failure: ").append(e);
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.tacitus.")) {
                out.append(" at ").append(frame);
                break;
            }
        }
        return out.toString();
    }
}
