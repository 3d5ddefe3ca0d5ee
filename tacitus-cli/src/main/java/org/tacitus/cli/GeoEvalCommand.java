package org.tacitus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Extraction;
import org.tacitus.places.eval.GeoEvaluation;
import org.tacitus.places.eval.GeoVirusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tacitus eval geo}: the extraction pipeline's toponyms and coordinates against the GeoVirus gold, with the
 * figures of Gritta et al. (2018). Reports go to stdout, progress and corrections to the gold to stderr.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Score geoparsing against a GeoVirus XML file: toponym extraction (precision, recall and F1 "
                + "by overlap), geocoding of the matches (accuracy within 161 km, mean and median error, AUC of the "
                + "log error), the entities found by type, and documents/s.",
            "GeoVirus offsets are one character too far; they are corrected and checked against each phrase, and "
                + "the report says how many needed more than the shift."})
final class GeoEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the GeoVirus XML file")
    Path file;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write missed and spurious toponyms, and matches over 161 km away, to FILE as TSV")
    Path errors;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "documents in parallel (default ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!EvalCommand.threadsValid(threads)) {
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("tacitus: no such file: " + file);
            return 1;
        }
        GeoVirusReader.Corpus corpus;
        try {
            corpus = GeoVirusReader.load(file);
        } catch (IOException e) {
            System.err.println("tacitus: " + e.getMessage());
            return 1;
        }
        for (GeoVirusReader.Repair r : corpus.repairs()) {
            System.err.printf("tacitus: %s: gold span %d:%d does not read '%s' at %d:%d (start-1); found at %d:%d%n",
                    r.doc(), r.fileStart(), r.fileEnd(), r.phrase(), r.fileStart() - 1, r.fileEnd() - 1, r.start(),
                    r.start() + r.phrase().length());
        }
        for (GeoVirusReader.Dropped d : corpus.dropped()) {
            System.err.printf("tacitus: %s (line %d): location '%s' left out: %s%n", d.doc(), d.line(), d.phrase(),
                    d.reason());
        }
        Function<Article, List<Entity>> system = EvalCommand.pipelineSystem(Extraction::entities);
        System.err.printf("tacitus: %s: %d documents%n", file, corpus.documents().size());
        GeoEvaluation.Result result = new GeoEvaluation(system).evaluate(corpus.documents(), file.toString(),
                threads);
        out.println(file + ": gold " + corpus.summary());
        out.print(result.report(file.toString()));
        EvalCommand.reportRun(result.failures(), result.scores().documents(), result.wallNanos(), threads);
        if (errors != null) {
            EvalCommand.writeErrors(errors, result.errors().size(),
                    w -> GeoEvaluation.writeErrors(result.errors(), w));
        }
        return 0;
    }
}
