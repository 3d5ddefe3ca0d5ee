package org.tacitus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tacitus.model.Article;
import org.tacitus.model.Extraction;
import org.tacitus.model.Quote;
import org.tacitus.quotes.eval.PolnearDocument;
import org.tacitus.quotes.eval.PolnearReader;
import org.tacitus.quotes.eval.QuoteEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tacitus eval quotes}: the extraction pipeline's quotes and speakers against a PolNeAR split. Reports go to
 * stdout, progress and what the reader had to leave out of the gold to stderr.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Score quotes against a PolNeAR split (a directory with text/ and attributions/): direct "
                + "quotes by overlap (a system quote on a further fragment of a matched gold attribution, as in "
                + "\"A,\" she said, \"B.\", counts as right; the strict one-to-one figure is "
                + "printed beside it) and by exact text with the quotation marks aside (precision, recall, F1), "
                + "speaker accuracy over the matches, the same over all attributions, and documents/s.",
            "Of an article annotated several times, the alphabetically first annotator's file is read. BRAT offsets "
                + "are read as code points and every span is checked against its text; what does not fit is "
                + "reported and left out."})
final class QuotesEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "a PolNeAR split, e.g. data/dev")
    Path dir;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write missed and spurious direct quotes, and matches with a wrong or no speaker, to FILE "
                    + "as TSV")
    Path errors;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "documents in parallel (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "PolNeAR's metadata.tsv, for publication dates (default: DIR/../metadata.tsv when it exists;"
                    + " without it every date is unknown)")
    Path metadata;

    /** Whose quotes are scored. */
    enum QuoteSystem { ours, corenlp }

    @Option(names = "--system", defaultValue = "ours", paramLabel = "ours|corenlp",
            description = "ours: the extraction pipeline (default); corenlp: CoreNLP's own quote annotator with its "
                    + "speaker attribution (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote), for comparison")
    QuoteSystem quoteSystem;

    @Option(names = "--agreement",
            description = "on the articles annotated more than once only: score every further annotator against "
                    + "the first (how far people agree on this gold), then the pipeline against the first and "
                    + "against the others; --errors then lists where the annotators disagree")
    boolean agreement;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!EvalCommand.threadsValid(threads)) {
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("tacitus: no such directory: " + dir);
            return 1;
        }
        Path meta = metadata;
        if (meta == null) {
            Path parent = dir.toAbsolutePath().normalize().getParent();
            Path candidate = parent == null ? null : parent.resolve("metadata.tsv");
            if (candidate != null && Files.isRegularFile(candidate)) {
                meta = candidate;
            } else {
                System.err.println("tacitus: no metadata.tsv beside " + dir + ": publication dates unknown");
            }
        } else if (!Files.isRegularFile(meta)) {
            System.err.println("tacitus: no such file: " + meta);
            return 1;
        }
        PolnearReader.Corpus corpus;
        try {
            corpus = PolnearReader.load(dir, meta);
        } catch (IOException e) {
            System.err.println("tacitus: " + e.getMessage());
            return 1;
        }
        for (PolnearReader.Dropped d : corpus.dropped()) {
            System.err.printf("tacitus: %s (line %d): %s left out: %s%n", d.file(), d.line(), d.annotation(),
                    d.reason());
        }
        for (String stem : corpus.unannotated()) {
            System.err.println("tacitus: " + stem + ": no annotation file, not read");
        }
        for (String stem : corpus.orphans()) {
            System.err.println("tacitus: " + stem + ": annotations without a text, not read");
        }
        if (corpus.documents().isEmpty()) {
            System.err.println("tacitus: no annotated articles in " + dir);
            return 1;
        }
        Function<Article, List<Quote>> system;
        if (quoteSystem == QuoteSystem.corenlp) {
            System.err.println("tacitus: loading Stanford CoreNLP with " + CoreNlpBaseline.ANNOTATORS + "...");
            system = new CoreNlpBaseline()::quotes;
        } else {
            system = EvalCommand.pipelineSystem(Extraction::quotes);
        }
        if (agreement) {
            return agreement(out, corpus, system);
        }
        System.err.printf("tacitus: %s: %d documents%n", dir, corpus.documents().size());
        QuoteEvaluation.Result result = new QuoteEvaluation(system).evaluate(corpus.documents(), dir, threads);
        out.println(dir + ": gold " + corpus.summary());
        out.print(result.report(dir.toString()));
        EvalCommand.reportRun(result.failures(), result.scores().documents(), result.wallNanos(), threads);
        if (errors != null) {
            EvalCommand.writeErrors(errors, result.errors().size(),
                    w -> QuoteEvaluation.writeErrors(result.errors(), w));
        }
        return 0;
    }

    private int agreement(PrintStream out, PolnearReader.Corpus corpus, Function<Article, List<Quote>> system)
            throws IOException {
        List<PolnearDocument> twice = QuoteEvaluation.annotatedTwice(corpus.documents());
        if (twice.isEmpty()) {
            System.err.println("tacitus: no article of " + dir + " is annotated more than once: no agreement to measure");
            return 1;
        }
        QuoteEvaluation.Result people = QuoteEvaluation.agreement(twice);
        int pairs = twice.stream().mapToInt(d -> d.others().size()).sum();
        out.print(people.scores().figures(dir + ", " + pairs + " further annotations against the first (the gold)"));
        System.err.printf("tacitus: %s: %d documents annotated more than once%n", dir, twice.size());
        // each article runs once: its quotes are scored against the first annotator and again against each other one
        Map<String, List<Quote>> once = new ConcurrentHashMap<>();
        QuoteEvaluation evaluation = new QuoteEvaluation(a -> once.computeIfAbsent(a.id(), k -> system.apply(a)));
        QuoteEvaluation.Result first = evaluation.evaluate(twice, dir, threads);
        out.print(first.scores().figures(dir + ", tacitus against annotator 1 (the gold)"));
        List<PolnearDocument> others = twice.stream()
                .flatMap(d -> d.others().stream().map(o -> new PolnearDocument(d.id(), d.text(), d.published(), o)))
                .toList();
        QuoteEvaluation.Result other = evaluation.evaluate(others, dir, threads);
        out.print(other.scores().figures(dir + ", tacitus against the further annotations"));
        EvalCommand.reportRun(first.failures(), first.scores().documents(), first.wallNanos(), threads);
        if (errors != null) {
            EvalCommand.writeErrors(errors, people.errors().size(),
                    w -> QuoteEvaluation.writeErrors(people.errors(), w));
        }
        return 0;
    }
}
