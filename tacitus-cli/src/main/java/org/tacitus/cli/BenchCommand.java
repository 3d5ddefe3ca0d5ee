package org.tacitus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.tacitus.ingest.Inputs;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Article;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.BatchRunner;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import org.tacitus.pipeline.StageTimings;
import org.tacitus.pipeline.StageTimings.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tacitus bench}: throughput, time per stage, model load and memory of the extraction pipeline on a corpus,
 * then the same figures for the CoreNLP pipeline a user would otherwise run, and the ratio of the two. Figures go
 * to stdout, progress to stderr.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the extraction pipeline on a corpus: documents/s, sentences/s, tokens/s, time per "
                + "stage, model load time, peak heap and peak RSS; then, as a baseline, CoreNLP alone ("
                + CoreNlpBaseline.ANNOTATORS + ") on a sample of the same documents, and the ratio of tokens/s.",
            "Documents are read into memory first (reading is timed on its own); the first --warmup documents are "
                + "processed untimed, then more (the corpus again from its start when it runs out) until the JIT "
                + "compiler has settled, so that the timed run measures compiled code, not compilation. Other processes on the machine "
                + "make the figures noisy: the load average is printed beside them."})
final class BenchCommand implements Callable<Integer> {

    private static final double SETTLE_CAP_SECONDS = 180;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "directories, files (.txt, .html, .jsonl, ...)")
    List<String> corpus;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "worker threads, for Tacitus and the baseline (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "measure the first N documents only (default: all)")
    int limit;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
            description = "documents processed untimed first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--settle", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "after the --warmup documents, go on warming up until the JIT compiler settles (its "
                    + "compile time under 2% of the wall time in two 10-second rounds in a row; at most " + (int) SETTLE_CAP_SECONDS
                    + " s); default; --no-settle stops after --warmup documents")
    boolean settle;

    @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also run the CoreNLP baseline (default; --no-baseline skips it)")
    boolean baseline;

    @Option(names = "--baseline-limit", defaultValue = "20", paramLabel = "N",
            description = "documents the baseline annotates, the first of the corpus (default ${DEFAULT-VALUE})")
    int baselineLimit;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "reference date for documents that state none")
    LocalDate published;

    @Option(names = "--dates", paramLabel = "TSV",
            description = "publication dates by document: a TSV with a header naming a 'filename' (or 'id') and a "
                    + "'publication_date' (or 'published') column, such as PolNeAR's metadata.tsv")
    Path dates;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (threads < 1 || limit < 0 || warmup < 0 || baselineLimit < 1) {
            System.err.println("tacitus: --threads and --baseline-limit must be positive, --limit and --warmup "
                    + "not negative");
            return 2;
        }
        Map<String, LocalDate> byId;
        try {
            byId = dates == null ? Map.of() : readDates(dates);
        } catch (IOException e) {
            System.err.println("tacitus: " + e.getMessage());
            return 1;
        }
        MemoryWatch memory = new MemoryWatch();
        double loadStart = loadAverage();

        System.err.println("tacitus: loading models...");
        long t0 = System.nanoTime();
        CoreNlpAnalyzer nlp = CoreNlpAnalyzer.shared();
        long nlpLoad = System.nanoTime() - t0;
        CountingAnalyzer counting = new CountingAnalyzer(nlp);
        ExtractionPipeline pipeline = new ExtractionPipeline(PipelineConfig.defaults(), counting);
        long modelLoad = System.nanoTime() - t0;

        System.err.println("tacitus: reading...");
        StageTimings timings = new StageTimings();
        long r0 = System.nanoTime();
        List<ReadResult> documents = read(byId);
        long readNanos = System.nanoTime() - r0;
        long unreadable = documents.stream().filter(d -> d instanceof ReadResult.Failed).count();
        if (documents.size() == unreadable) {
            System.err.println("tacitus: no document could be read");
            return 1;
        }

        System.err.printf("tacitus: warming up on %d documents%s...%n", Math.min(warmup, documents.size()),
                settle ? ", then until the JIT settles" : "");
        JitWarmup.Result warm = JitWarmup.run(documents, warmup, settle, threads, SETTLE_CAP_SECONDS,
                pipeline::process);
        counting.reset();

        System.err.printf("tacitus: measuring %d documents with %d thread%s...%n", documents.size(), threads,
                threads == 1 ? "" : "s");
        AtomicInteger failed = new AtomicInteger();
        Progress progress = new Progress(System.err, true);
        timings.add(Stage.READING, readNanos);
        long c0 = processCpuNanos();
        long j0 = JitWarmup.compileMillis();
        long w0 = System.nanoTime();
        new BatchRunner(threads).run(documents.stream(), d -> pipeline.process(d, timings), result -> {
            if (result instanceof DocumentResult.Failed) {
                failed.incrementAndGet();
            }
            progress.accept(result);
        });
        long wall = System.nanoTime() - w0;
        long cpu = processCpuNanos() - c0;
        long jit = JitWarmup.compileMillis() - j0;
        progress.finish();
        long heap = memory.peakHeapBytes();
        OptionalLong rss = MemoryWatch.peakRssBytes();
        double loadEnd = loadAverage();

        int n = documents.size();
        double seconds = wall / 1e9;
        double tokensPerSecond = counting.tokens() / seconds;
        out.println("tacitus bench");
        out.printf(Locale.ROOT, "  corpus           %s%n", String.join(" ", corpus));
        out.printf(Locale.ROOT, "  documents        %d (%d unreadable, %d failed in the pipeline)%n", n, unreadable,
                failed.get() - unreadable);
        out.printf(Locale.ROOT, "  threads          %d (%d processors; load average %.2f before, %.2f after)%n",
                threads, Runtime.getRuntime().availableProcessors(), loadStart, loadEnd);
        out.printf(Locale.ROOT, "  warm-up          %s%n", warm.describe(warmup));
        out.printf(Locale.ROOT, "  model load       %.1f s (CoreNLP %.1f s, lexicons and gazetteer %.1f s)%n",
                modelLoad / 1e9, nlpLoad / 1e9, (modelLoad - nlpLoad) / 1e9);
        out.printf(Locale.ROOT, "  wall time        %.1f s for %d sentences, %d tokens%n", seconds,
                counting.sentences(), counting.tokens());
        out.printf(Locale.ROOT, "  documents/s      %.2f%n", n / seconds);
        out.printf(Locale.ROOT, "  sentences/s      %.1f%n", counting.sentences() / seconds);
        out.printf(Locale.ROOT, "  tokens/s         %.0f (%.0f per thread)%n", tokensPerSecond,
                tokensPerSecond / threads);
        out.printf(Locale.ROOT, "  cpu time         %.1f s, %.0f tokens per cpu-second (all JVM threads, GC included;"
                + " steadier than wall time on a busy machine)%n", cpu / 1e9,
                cpu == 0 ? 0.0 : counting.tokens() / (cpu / 1e9));
        out.printf(Locale.ROOT, "  jit compilation  %.1f s in the timed run (summed over compiler threads)%n", jit / 1e3);
        out.printf(Locale.ROOT, "  stage            total ms      ms/doc   share   (summed over threads)%n");
        long total = timings.snapshot().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<Stage, Long> e : timings.snapshot().entrySet()) {
            out.printf(Locale.ROOT, "    %-15s %9.0f %11.2f %6.1f%%%n", e.getKey().label(), e.getValue() / 1e6,
                    e.getValue() / 1e6 / n, total == 0 ? 0.0 : 100.0 * e.getValue() / total);
        }
        out.println("    (reading is the first pass over the files, JIT still cold; the other stages are warm)");
        out.printf(Locale.ROOT, "  peak heap        %s (of %s max)%n", gb(heap), gb(MemoryWatch.maxHeapBytes()));
        out.printf(Locale.ROOT, "  peak RSS         %s%n", rss.isPresent() ? gb(rss.getAsLong()) : "n/a");

        if (!baseline) {
            return 0;
        }
        List<Article> articles = new ArrayList<>();
        for (ReadResult d : documents) {
            if (d instanceof ReadResult.Read read && articles.size() < baselineLimit) {
                articles.add(read.article());
            }
        }
        System.err.println("tacitus: loading the CoreNLP baseline (" + CoreNlpBaseline.ANNOTATORS + ")...");
        CoreNlpBaseline.Run base;
        try {
            CoreNlpBaseline corenlp = new CoreNlpBaseline();
            System.err.printf("tacitus: baseline on %d documents...%n", articles.size());
            base = corenlp.run(articles.subList(0, Math.min(1, articles.size())), articles, threads);
        } catch (OutOfMemoryError e) {
            out.println("baseline: CoreNLP ran out of memory (" + e.getMessage() + "); raise TACITUS_HEAP");
            return 1;
        }
        OptionalLong rssAfter = MemoryWatch.peakRssBytes();
        out.println("baseline: CoreNLP " + CoreNlpBaseline.ANNOTATORS);
        out.printf(Locale.ROOT, "  documents        %d (the first of the corpus; 1 annotated untimed first; %d failed)%n",
                base.documents(), base.failed());
        out.printf(Locale.ROOT, "  model load       %.1f s%n", base.loadNanos() / 1e9);
        out.printf(Locale.ROOT, "  wall time        %.1f s for %d sentences, %d tokens%n", base.wallNanos() / 1e9,
                base.sentences(), base.tokens());
        out.printf(Locale.ROOT, "  documents/s      %.2f%n", base.documents() / (base.wallNanos() / 1e9));
        out.printf(Locale.ROOT, "  tokens/s         %.0f (%.0f per thread)%n", base.tokensPerSecond(),
                base.tokensPerSecond() / threads);
        out.printf(Locale.ROOT, "  peak RSS         %s (the whole JVM, Tacitus's models included)%n",
                rssAfter.isPresent() ? gb(rssAfter.getAsLong()) : "n/a");
        out.printf(Locale.ROOT, "speed-up           %.1f× tokens/s (Tacitus / CoreNLP, both with %d thread%s)%n",
                base.tokensPerSecond() == 0 ? 0.0 : tokensPerSecond / base.tokensPerSecond(), threads,
                threads == 1 ? "" : "s");
        return 0;
    }

    private List<ReadResult> read(Map<String, LocalDate> byId) {
        List<ReadResult> out = new ArrayList<>();
        var it = new Inputs().read(corpus, published).iterator();
        while (it.hasNext() && (limit == 0 || out.size() < limit)) {
            ReadResult r = it.next();
            if (r instanceof ReadResult.Read read && byId.containsKey(read.id())) {
                r = ReadResult.read(read.article().withPublished(byId.get(read.id())));
            }
            out.add(r);
        }
        return out;
    }

    /** Publication dates by document id from a TSV with a header (file extensions are dropped from the ids). */
    static Map<String, LocalDate> readDates(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(tsv + ": empty");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = indexOf(header, "filename", "id");
        int date = indexOf(header, "publication_date", "published", "date");
        if (id < 0 || date < 0) {
            throw new IOException(tsv + ": needs a 'filename' (or 'id') and a 'publication_date' (or 'published') "
                    + "column in its header");
        }
        Map<String, LocalDate> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length <= Math.max(id, date)) {
                continue;
            }
            try {
                out.put(cells[id].strip().replaceFirst("\\.(txt|md|html?|json)$", ""),
                        LocalDate.parse(cells[date].strip()));
            } catch (DateTimeParseException e) {
                // an undated row: the document keeps what its own text says
            }
        }
        return out;
    }

    private static int indexOf(List<String> header, String... names) {
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** CPU time of the whole JVM so far, in nanoseconds (0 where the platform does not tell). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
