package org.tacitus.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacitus.ingest.Inputs;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.output.ExtractionWriter;
import org.tacitus.output.OutputFormat;
import org.tacitus.pipeline.BatchRunner;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus extract}: documents in, one JSON object per document out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract dates and entities (events and quotes as their stages land) from news articles.",
            "Reads .txt, .md, .html/.htm, .jsonl, .warc/.warc.gz files, directories (walked in name order) "
                + "and - for standard input. Writes one JSON object per document to stdout (see docs/schema.md); "
                + "progress goes to stderr. Exit status is 1 only when no document could be read."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, or - for stdin")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "reference date for documents that state none")
    LocalDate published;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|json|pretty",
            description = "jsonl (one object per line, default), json (an array), pretty (indented array)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Option(names = "--include-text", description = "add each document's text, which all offsets index")
    boolean includeText;

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
    public Integer call() throws IOException {
        OutputFormat outputFormat;
        try {
            outputFormat = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("tacitus: unknown --format '" + format + "' (use jsonl, json or pretty)");
            return 2;
        }
        if (threads < 1 || maxChars < 1) {
            System.err.println("tacitus: --threads and --max-chars must be positive");
            return 2;
        }
        PipelineConfig config = new PipelineConfig(maxChars, org.tacitus.nlp.NlpConfig.defaults(),
                dictionaries.load(System.err));
        ExtractionPipeline pipeline = new ExtractionPipeline(config, CoreNlpAnalyzer.shared());
        Progress progress = new Progress(System.err, !quiet);
        try (OutputStream out = open(output);
             ExtractionWriter writer = new ExtractionWriter(out, outputFormat, includeText)) {
            new BatchRunner(threads).run(new Inputs().read(inputs, published), pipeline::process, result -> {
                writer.write(result);
                progress.accept(result);
            });
        }
        progress.finish();
        return progress.documents() > progress.failed() ? 0 : 1;
    }

    private static OutputStream open(Path output) throws IOException {
        if (output == null) {
            return new BufferedOutputStream(new PrintStream(System.out, false), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush(); // never close stdout
                }
            };
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    }
}
