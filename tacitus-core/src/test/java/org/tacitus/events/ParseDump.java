package org.tacitus.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.tacitus.model.Article;
import org.tacitus.model.Dependency;
import org.tacitus.model.Entity;
import org.tacitus.model.Event;
import org.tacitus.model.Extraction;
import org.tacitus.model.Sentence;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.Token;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/** Developer aid: prints parses, coded entities and events for each line of a file (not a test). */
public final class ParseDump {
    public static void main(String[] args) throws Exception {
        CoreNlpAnalyzer nlp = CoreNlpAnalyzer.shared();
        ExtractionPipeline pipeline = new ExtractionPipeline(PipelineConfig.defaults(), nlp);
        boolean parses = !"events".equals(System.getProperty("dump"));
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            Article a = new Article("x", line, line, null, null, LocalDate.of(2021, 12, 28), List.of(), "t",
                    SourceFormat.TEXT, List.of());
            Extraction x = ((DocumentResult.Extracted) pipeline.process(a)).extraction();
            System.out.println("== " + line);
            if (parses) {
                for (Sentence s : nlp.analyze(line, a.published()).sentences()) {
                    for (Dependency d : s.dependencies()) {
                        Token t = s.tokens().get(d.dependent());
                        String g = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).text() + "#" + d.governor();
                        System.out.printf("  %2d %-14s %-5s %-12s %-12s %s%n", d.dependent(), t.text(), t.pos(),
                                t.lemma(), d.relation(), g);
                    }
                }
                for (Entity e : x.entities()) {
                    System.out.println("  ENT " + e.text() + " " + e.type() + " " + e.actor());
                }
            }
            for (Event e : x.events()) {
                System.out.println("  EVT " + e.type() + "/" + e.mode() + "/" + e.cameo() + " src="
                        + e.source().stream().map(p -> p.key()).toList() + " tgt="
                        + e.target().stream().map(p -> p.key()).toList() + " trig=" + e.first().trigger().text()
                        + " date=" + (e.date() == null ? null : e.date().value() + "/" + e.date().basis())
                        + " place=" + (e.place() == null ? null : e.place().place().name()) + " ctx=" + e.contexts()
                        + (e.attribution() == null ? "" : " by=" + (e.attribution().by() == null ? "?" : e.attribution().by().key()))
                        + " mentions=" + e.mentions().size());
            }
        }
    }
}
