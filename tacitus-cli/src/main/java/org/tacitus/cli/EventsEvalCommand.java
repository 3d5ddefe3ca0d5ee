package org.tacitus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tacitus.events.eval.EventEvaluation;
import org.tacitus.events.eval.PloverGold;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.Extraction;
import org.tacitus.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus eval events}: the pipeline's events against PLOVER gold sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score events against a PLOVER gold file (JSON list of records with text, event, source, "
                + "target): event-type precision, recall and F1 per type and overall, and dyad accuracy (type and "
                + "source and target codes right).",
            "DISAPPROVE and INVESTIGATE are read as ACCUSE, FIGHT as ASSAULT, DEMAND as REQUEST. Each sentence's "
                + "principal event is compared: the first one stated as fact, else the first one. Sentences are read "
                + "without a publication date (the gold's dates are placeholders), so office-holders of any term "
                + "match."})
final class EventsEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "PLOVER gold records, e.g. plover-gsr-dev.json")
    Path file;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write each sentence whose type or dyad is wrong to FILE as TSV")
    Path errors;

    @Option(names = "--records", paramLabel = "FILE",
            description = "write every sentence to FILE as TSV: verdict (dyad, type or wrong), gold and system type, "
                    + "source and target codes, trigger")
    Path records;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file)) {
            System.err.println("tacitus: no such file: " + file);
            return 1;
        }
        PloverGold.Gold gold;
        try {
            gold = PloverGold.read(file);
        } catch (IOException e) {
            System.err.println("tacitus: " + e.getMessage());
            return 1;
        }
        for (String left : gold.leftOut()) {
            System.err.println("tacitus: left out " + left);
        }
        PipelineConfig config = new PipelineConfig(PipelineConfig.DEFAULT_MAX_CHARS,
                org.tacitus.nlp.NlpConfig.defaults(), dictionaries.load(System.err));
        Function<Article, List<Event>> system = EvalCommand.pipelineSystem(config, Extraction::events);
        long start = System.nanoTime();
        List<EventEvaluation.Outcome> outcomes = new EventEvaluation(system).evaluate(gold.events());
        long nanos = System.nanoTime() - start;
        out.println(file + ": " + gold.events().size() + " gold events");
        out.print(EventEvaluation.report(outcomes));
        out.printf("%.1f sentences/s%n", outcomes.size() / (nanos / 1e9));
        if (errors != null) {
            EvalCommand.writeErrors(errors, (int) outcomes.stream().filter(o -> !o.dyadRight()).count(),
                    w -> EventEvaluation.writeErrors(outcomes, w));
        }
        if (records != null) {
            EvalCommand.writeRows(records, outcomes.size(), "records", w -> EventEvaluation.writeRecords(outcomes, w));
        }
        return 0;
    }
}
