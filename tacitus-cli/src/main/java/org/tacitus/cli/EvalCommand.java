package org.tacitus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tacitus.eval.DocumentFailure;
import org.tacitus.model.Article;
import org.tacitus.model.Extraction;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.nlp.NlpConfig;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import org.tacitus.time.SuTimeExpressions;
import org.tacitus.time.eval.TimeMlReader;
import org.tacitus.time.eval.TimexEvaluation;
import org.tacitus.time.eval.TimexScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus eval}: the accuracy evaluators, one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a stage against gold annotations and print the figures.",
        subcommands = {EvalCommand.TimexEval.class, GeoEvalCommand.class, QuotesEvalCommand.class,
            EventsEvalCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing the stage to evaluate (timex)");
    }

    /** Writes one evaluation's errors to a writer (the evaluation's {@code writeErrors}). */
    @FunctionalInterface
    interface ErrorsWriter {
        void write(Writer out) throws IOException;
    }

    /** Whether {@code --threads} is positive; says why not on stderr. Shared by the eval subcommands. */
    static boolean threadsValid(int threads) {
        if (threads < 1) {
            System.err.println("tacitus: --threads must be positive");
            return false;
        }
        return true;
    }

    /** The {@code --errors} file: creates its folder, writes it as UTF-8 and says how many errors went there. */
    static void writeErrors(Path file, int count, ErrorsWriter errors) throws IOException {
        writeRows(file, count, "errors", errors);
    }

    /** A TSV file of {@code count} rows of {@code what}: creates its folder, writes it as UTF-8 and says so. */
    static void writeRows(Path file, int count, String what, ErrorsWriter errors) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            errors.write(w);
        }
        System.err.println("tacitus: " + count + " " + what + " written to " + file);
    }

    /** The failed documents and the run's timing, on stderr, after a pipeline-driven evaluation. */
    static void reportRun(List<DocumentFailure> failures, int documents, long wallNanos, int threads) {
        for (DocumentFailure f : failures) {
            System.err.println("tacitus: " + f.doc() + ": failed: " + f.message());
        }
        System.err.printf(Locale.ROOT, "tacitus: %d documents in %.1f s with %d thread%s%n", documents,
                wallNanos / 1e9, threads, threads == 1 ? "" : "s");
    }

    /**
     * The extraction pipeline with default settings as the system under evaluation, returning one part of each
     * extraction; a document the pipeline fails on throws, so the evaluation records it and scores it empty.
     */
    static <T> Function<Article, List<T>> pipelineSystem(Function<Extraction, List<T>> part) {
        return pipelineSystem(PipelineConfig.defaults(), part);
    }

    /** As {@link #pipelineSystem(Function)}, with a configuration of the caller's (user dictionaries…). */
    static <T> Function<Article, List<T>> pipelineSystem(PipelineConfig config, Function<Extraction, List<T>> part) {
        System.err.println("tacitus: loading Stanford CoreNLP models...");
        ExtractionPipeline pipeline = new ExtractionPipeline(config, CoreNlpAnalyzer.shared());
        return article -> {
            DocumentResult result = pipeline.process(article);
            if (result instanceof DocumentResult.Extracted extracted) {
                return part.apply(extracted.extraction());
            }
            DocumentResult.Failed failed = (DocumentResult.Failed) result;
            throw new IllegalStateException(failed.problem().code() + ": " + failed.problem().message());
        };
    }

    /**
     * {@code tacitus eval timex}: a time tagger against TimeML gold (TimeBank, AQUAINT, TempEval-3), with the
     * TempEval-3 figures. Reports go to stdout, progress to stderr.
     */
    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = {"Score temporal expressions against TimeML gold files with the TempEval-3 figures: "
                    + "strict and relaxed extraction, type and value (F1 and accuracy over relaxed matches), "
                    + "and the tagger's own throughput.",
                "With several PATHs, prints one report per PATH and then the total."})
    static final class TimexEval implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "TimeML files, or directories of *.tml files")
        List<Path> paths;

        @Option(names = "--tagger", defaultValue = "ours", paramLabel = "ours|sutime",
                description = "ours: the pipeline's time tagger (default); sutime: CoreNLP's SUTime")
        String tagger;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "write missed, spurious and wrong-value expressions to FILE as TSV")
        Path errors;

        @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
                description = "documents in parallel (default ${DEFAULT-VALUE})")
        int threads;

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            String choice = tagger.toLowerCase(Locale.ROOT);
            if (!choice.equals("ours") && !choice.equals("sutime")) {
                System.err.println("tacitus: unknown --tagger '" + tagger + "' (use ours or sutime)");
                return 2;
            }
            if (!threadsValid(threads)) {
                return 2;
            }
            List<List<Path>> files = new ArrayList<>();
            for (Path p : paths) {
                try {
                    files.add(TimeMlReader.files(List.of(p)));
                } catch (NoSuchFileException e) {
                    System.err.println("tacitus: no such file or directory: " + p);
                    return 1;
                }
                if (files.get(files.size() - 1).isEmpty()) {
                    System.err.println("tacitus: no .tml files in " + p);
                    return 1;
                }
            }
            System.err.println("tacitus: loading Stanford CoreNLP models...");
            TimexEvaluation evaluation = choice.equals("sutime")
                    ? new TimexEvaluation(new CoreNlpAnalyzer(new NlpConfig(250, 100, true)), new SuTimeExpressions())
                    : new TimexEvaluation(CoreNlpAnalyzer.shared(), ExtractionPipeline.defaultTimeTagger());
            TimexScores total = new TimexScores();
            List<TimexEvaluation.TimexError> found = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < paths.size(); i++) {
                System.err.printf("tacitus: %s: %d documents%n", paths.get(i), files.get(i).size());
                TimexEvaluation.Result result;
                try {
                    result = evaluation.evaluate(files.get(i), threads);
                } catch (IOException e) {
                    System.err.println("tacitus: " + e.getMessage());
                    return 1;
                }
                out.print(result.scores().report(paths.get(i).toString()));
                total.merge(result.scores());
                found.addAll(result.errors());
            }
            if (paths.size() > 1) {
                out.print(total.report("total"));
            }
            System.err.printf(Locale.ROOT, "tacitus: %d documents in %.1f s (tagger '%s')%n", total.documents(),
                    (System.nanoTime() - t0) / 1e9, choice);
            if (errors != null) {
                writeErrors(errors, found.size(), w -> TimexEvaluation.writeErrors(found, w));
            }
            return 0;
        }
    }
}
