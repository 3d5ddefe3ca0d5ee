package org.tacitus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tacitus.ingest.Inputs;
import org.tacitus.model.Extraction;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.output.ExtractionWriter;
import org.tacitus.output.OutputFormat;
import org.tacitus.pipeline.BatchRunner;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import org.tacitus.server.ServerConfig;
import org.tacitus.server.TacitusServer;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import org.tacitus.store.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tacitus demo}: runs the pipeline over the bundled sample articles, prints a readable summary, writes the
 * full JSON to a file, stores the extractions in a fresh embedded store and serves the web UI over it until Ctrl-C
 * (not with {@code --no-serve}, nor by default when {@code --output} is given).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the extraction over the bundled sample articles, print a readable summary, store the "
                + "results in a fresh store and serve the web UI over it (http://127.0.0.1:8080) until Ctrl-C.",
                "With --output (or --no-serve) it only prints and writes the file; --serve serves anyway."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "where to write the full JSONL output (default: a file in the system temp directory)")
    Path output;

    @Option(names = "--serve", negatable = true,
            description = "serve the web UI after the extraction (default: yes, unless --output is given)")
    Boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "port to serve on (default ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("tacitus-demo-");
        List<Path> samples = BundledSamples.copyTo(dir.resolve("samples"));
        Path jsonl = output != null ? output : dir.resolve("demo.jsonl");
        out.printf("Tacitus demo: %d bundled sample files (%s)%n", samples.size(), dir.resolve("samples"));
        out.println("Loading Stanford CoreNLP models (about 10-30 s)...");
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        out.printf("Models loaded in %.1f s.%n%n", analyzer.loadMillis() / 1000.0);
        ExtractionPipeline pipeline = new ExtractionPipeline(PipelineConfig.defaults(), analyzer);
        DemoSummary summary = new DemoSummary(out);
        List<Extraction> extractions = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        samples.forEach(p -> paths.add(p.toString()));
        long t0 = System.nanoTime();
        try (OutputStream file = Files.newOutputStream(jsonl);
             ExtractionWriter writer = new ExtractionWriter(file, OutputFormat.JSONL, true)) {
            new BatchRunner(Math.max(1, threads)).run(new Inputs().read(paths, null), pipeline::process,
                    (DocumentResult result) -> {
                        writer.write(result);
                        summary.print(result);
                        if (result instanceof DocumentResult.Extracted e) {
                            extractions.add(e.extraction());
                        }
                    });
        }
        summary.totals((System.nanoTime() - t0) / 1e9);
        out.println("Full output (the JSON contract, with text): " + jsonl);
        if (summary.extracted() == 0) {
            return 1;
        }
        // A fresh store each time, in the demo's own temporary directory: nothing of the user's is touched.
        Path db = dir.resolve("demo.duckdb");
        EventStore store = EventStores.duckDb(db);
        IngestReport report = store.ingest(extractions);
        LocalDate today = LocalDate.now();
        List<EventCluster> meetings = store.upcomingMeetings(LocalDate.EPOCH);
        long upcoming = meetings.stream().filter(m -> m.day() != null && !m.day().isBefore(today)).count();
        out.printf("Store %s: %d documents, %d events in %d clusters, %d meetings scheduled (%d still upcoming).%n",
                db, store.documentCount(), report.events(), report.newClusters(), meetings.size(), upcoming);
        boolean serving = serve != null ? serve : output == null;
        if (!serving) {
            store.close();
            out.println("Try: ./tacitus extract --format pretty samples/geneva-talks.txt");
            return 0;
        }
        TacitusServer server = ServeCommand.startOrExplain(store, new LazyPipeline(pipeline),
                ServerConfig.local(port));
        if (server == null) {
            store.close();
            return 1;
        }
        out.println();
        out.println("Open " + server.url() + " — the timeline, the map, the meeting calendar and each event's evidence.");
        ServeCommand.printAccess(out, server, true);
        ServeCommand.serveUntilInterrupted(server, store);
        return 0;
    }
}
