package org.tacitus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacitus.ingest.Inputs;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.output.ExtractionWriter;
import org.tacitus.output.OutputFormat;
import org.tacitus.pipeline.BatchRunner;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tacitus demo}: runs the pipeline over the bundled sample articles and prints a readable summary; the full
 * JSON goes to a file.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the extraction over the bundled sample articles and print a readable summary.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "where to write the full JSONL output (default: a file in the system temp directory)")
    Path output;

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
        List<String> paths = new ArrayList<>();
        samples.forEach(p -> paths.add(p.toString()));
        long t0 = System.nanoTime();
        try (OutputStream file = Files.newOutputStream(jsonl);
             ExtractionWriter writer = new ExtractionWriter(file, OutputFormat.JSONL, true)) {
            new BatchRunner(Math.max(1, threads)).run(new Inputs().read(paths, null), pipeline::process,
                    (DocumentResult result) -> {
                        writer.write(result);
                        summary.print(result);
                    });
        }
        summary.totals((System.nanoTime() - t0) / 1e9);
        out.println("Full output (the JSON contract, with text): " + jsonl);
        out.println("Try: ./tacitus extract --format pretty samples/geneva-talks.txt");
        return summary.extracted() > 0 ? 0 : 1;
    }
}
