package org.tacitus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacitus.ingest.Inputs;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Extraction;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.nlp.NlpConfig;
import org.tacitus.pipeline.BatchRunner;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.IngestReport;
import org.tacitus.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tacitus ingest}: runs the extraction over the inputs, like {@code extract}, and stores the results. Each
 * document is committed on its own, so an interrupted run can simply be started again: documents already stored
 * are recognised before the pipeline runs and skipped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract events, quotes and entities from news articles and store them (see docs/store.md).",
            "Inputs as for extract. Progress on stderr; a summary on stdout. Exit status 1 when no document could "
                + "be stored or read, and when the store cannot be opened (STORE_LOCKED…)."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, or - for stdin")
    List<String> inputs;

    @Mixin
    StoreOptions store;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "reference date for documents that state none")
    LocalDate published;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--max-chars", defaultValue = "" + PipelineConfig.DEFAULT_MAX_CHARS,
            description = "refuse documents longer than this with DOCUMENT_TOO_LARGE (default ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (threads < 1 || maxChars < 1) {
            System.err.println("tacitus: --threads and --max-chars must be positive");
            return 2;
        }
        try (EventStore db = store.open()) {
            PipelineConfig config = new PipelineConfig(maxChars, NlpConfig.defaults(),
                    dictionaries.load(System.err));
            // Loaded on the first document not stored yet: a re-run over stored inputs never loads CoreNLP.
            Lazy<ExtractionPipeline> pipeline = new Lazy<>(() -> new ExtractionPipeline(config,
                    CoreNlpAnalyzer.shared()));
            Progress progress = new Progress(System.err, !quiet);
            IngestReport[] total = {IngestReport.empty()};
            int[] unreadable = {0};
            new BatchRunner(threads).run(new Inputs().read(inputs, published), r -> work(db, pipeline, r), result -> {
                progress.accept(result);
                if (result instanceof DocumentResult.Extracted e) {
                    IngestReport r = db.ingest(List.of(e.extraction()));
                    total[0] = total[0].plus(r);
                    r.outcomes().stream().filter(o -> o.status() == IngestReport.Status.FAILED).forEach(o ->
                            System.err.println("tacitus: " + o.articleId() + ": " + o.error() + ": " + o.message()));
                } else {
                    DocumentResult.Failed f = (DocumentResult.Failed) result;
                    unreadable[0]++;
                    System.err.println("tacitus: " + f.id() + ": " + f.problem().code() + ": " + f.problem().message());
                }
            });
            progress.finish();
            IngestReport r = total[0];
            out.printf("documents: %d new, %d already stored, %d failed%n", r.newDocuments(), r.alreadyStored(),
                    r.failed() + unreadable[0]);
            out.printf("events: %d stored, %d new clusters%n", r.events(), r.newClusters());
            out.printf("store: %s (%d documents, %d event clusters) in %.1f s%n", store.describe(),
                    db.documentCount(), db.events(EventQuery.all().withPage(0, 1)).total(), progress.seconds());
            return r.newDocuments() + r.alreadyStored() > 0 ? 0 : 1;
        } catch (StoreException e) {
            System.err.println("tacitus: " + e);
            return 1;
        }
    }

    /** The pipeline, unless the article is stored already (then an empty extraction that the store will skip). */
    private static DocumentResult work(EventStore db, Lazy<ExtractionPipeline> pipeline, ReadResult input) {
        if (input instanceof ReadResult.Read read && db.contains(read.article())) {
            return new DocumentResult.Extracted(new Extraction(read.article(), List.of(), List.of(), List.of(),
                    List.of(), List.of()));
        }
        return pipeline.get().process(input);
    }

    /** A value made once, on first use, by whichever thread needs it first. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }
}
