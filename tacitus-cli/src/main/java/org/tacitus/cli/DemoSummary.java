package org.tacitus.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Extraction;
import org.tacitus.model.Quote;
import org.tacitus.pipeline.DocumentResult;

/** A human-readable account of each document's extraction for the demo. */
final class DemoSummary {

    private static final int WIDTH = 110;
    private final PrintStream out;
    private int extracted;
    private int failed;
    private int entities;
    private int timexes;
    private int quotes;
    private int totalQuotes;
    private static final int MAX_QUOTES = 3;

    DemoSummary(PrintStream out) {
        this.out = out;
    }

    void print(DocumentResult result) {
        if (result instanceof DocumentResult.Failed f) {
            failed++;
            out.printf("✗ %s: %s — %s%n%n", f.id(), f.problem().code(), f.problem().message());
            return;
        }
        Extraction x = ((DocumentResult.Extracted) result).extraction();
        Article a = x.article();
        extracted++;
        entities += x.entities().size();
        timexes += x.timexes().size();
        totalQuotes += x.quotes().size();
        out.printf("■ %s  [%s, published %s]%n", a.id(), a.format().name().toLowerCase(),
                a.published() == null ? "unknown" : a.published());
        if (a.title() != null) {
            out.println("  " + clip(a.title()));
        }
        if (!a.authors().isEmpty() || a.url() != null) {
            out.println("  " + clip(String.join(", ", a.authors())
                    + (a.url() != null ? (a.authors().isEmpty() ? "" : " — ") + a.url() : "")));
        }
        line("dates", x.timexes().stream().map(t -> t.text().replaceAll("\\s+", " ") + " → " + t.value())
                .distinct().collect(Collectors.toList()));
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")) {
            byType.put(type, new LinkedHashSet<>());
        }
        for (Entity e : x.entities()) {
            byType.computeIfAbsent(e.type(), k -> new LinkedHashSet<>()).add(e.text().replaceAll("\\s+", " "));
        }
        line("people", List.copyOf(byType.get("PERSON")));
        line("orgs", List.copyOf(byType.get("ORGANIZATION")));
        line("places", List.copyOf(byType.get("LOCATION")));
        line("other", List.copyOf(byType.get("MISC")));
        List<String> actors = x.entities().stream().filter(e -> e.actor() != null && e.actor().code() != null)
                .map(e -> e.actor().code()).distinct().collect(Collectors.toList());
        line("actors", actors);
        for (Quote q : x.quotes()) {
            if (q.direct() && q.speaker() != null && quotes < MAX_QUOTES) {
                quotes++;
                String said = q.content().text().replaceAll("\\s+", " ");
                String who = q.speaker().name() != null ? q.speaker().name() : q.speaker().span().text();
                String code = q.speaker().actor() != null && q.speaker().actor().code() != null
                        ? " (" + q.speaker().actor().code() + ")" : "";
                out.println(clip("  quote:    " + who + code + ": " + said));
            }
        }
        quotes = 0;
        if (!x.problems().isEmpty()) {
            line("problems", x.problems().stream().map(p -> p.code().name()).distinct().collect(Collectors.toList()));
        }
        out.println();
    }

    void totals(double seconds) {
        out.printf("%d articles extracted, %d failed; %d dates, %d entities and %d quotes in %.1f s.%n", extracted,
                failed, timexes, entities, totalQuotes, seconds);
        out.println("Events: not extracted yet (the events stage is still to come).");
    }

    int extracted() {
        return extracted;
    }

    /** One labelled line of items, wrapped at the terminal width with a hanging indent. */
    private void line(String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        String indent = " ".repeat(12);
        StringBuilder current = new StringBuilder(String.format("  %-9s ", label + ":"));
        boolean first = true;
        for (String item : items) {
            String piece = (first ? "" : " · ") + item;
            if (!first && current.length() + piece.length() > WIDTH) {
                out.println(current.toString().stripTrailing());
                current = new StringBuilder(indent).append(item);
            } else {
                current.append(piece);
            }
            first = false;
        }
        out.println(current);
    }

    private static String clip(String s) {
        return s.length() <= WIDTH ? s : s.substring(0, WIDTH - 1) + "…";
    }
}
