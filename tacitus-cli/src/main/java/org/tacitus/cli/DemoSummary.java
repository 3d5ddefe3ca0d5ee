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
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.Participant;
import org.tacitus.events.Meetings;
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
    private static final int MAX_EVENTS = 8;
    private int totalEvents;
    private int shownEvents;
    private final List<Meeting> meetings = new java.util.ArrayList<>();

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
        for (Event e : x.events()) {
            totalEvents++;
            if (shownEvents++ < MAX_EVENTS) {
                out.println(clip("  event:    " + describe(e)));
            }
            if (Meetings.upcoming(e)) {
                meetings.add(new Meeting(e, a.id()));
            }
        }
        shownEvents = 0;
        if (!x.problems().isEmpty()) {
            line("problems", x.problems().stream().map(p -> p.code().name()).distinct().collect(Collectors.toList()));
        }
        out.println();
    }

    void totals(double seconds) {
        out.println("Calendar of upcoming meetings (CONSULT and AGREE events dated after publication):");
        if (meetings.isEmpty()) {
            out.println("  (none)");
        }
        meetings.sort(java.util.Comparator.comparing((Meeting m) -> m.event().date().value()));
        for (Meeting m : meetings) {
            Event e = m.event();
            out.println(clip(String.format("  %-10s %-8s %s%s  [%s]", e.date().value(), e.type(), sides(e),
                    e.place() == null ? "" : " in " + e.place().place().name(), m.article())));
        }
        out.println();
        out.printf("%d articles extracted, %d failed; %d dates, %d entities, %d events and %d quotes in %.1f s.%n",
                extracted, failed, timexes, entities, totalEvents, totalQuotes, seconds);
    }

    /** "CONSULT USAGOV+RUSGOV → IGONAT on 2022-01-10 in Genève [future]" */
    static String describe(Event e) {
        StringBuilder sb = new StringBuilder(e.type());
        if (e.mode() != null) {
            sb.append('/').append(e.mode());
        }
        sb.append(" (").append(e.cameo()).append(") ").append(sides(e));
        if (e.date() != null) {
            sb.append(e.date().basis() == EventDate.Basis.TIMEX ? " on " + e.date().value()
                    : " " + e.date().relation().name().toLowerCase() + " " + e.date().value());
        }
        if (e.place() != null) {
            sb.append(" in ").append(e.place().place().name());
        }
        if (!e.contexts().isEmpty()) {
            sb.append(" [").append(String.join(", ", e.contexts())).append(']');
        }
        sb.append(" «").append(e.first().trigger().text()).append('»');
        if (e.mentions().size() > 1) {
            sb.append(" ×").append(e.mentions().size());
        }
        return sb.toString();
    }

    private static String sides(Event e) {
        String source = e.source().stream().map(Participant::key).collect(Collectors.joining("+"));
        String target = e.target().stream().map(Participant::key).collect(Collectors.joining("+"));
        return (source.isEmpty() ? "?" : source) + (target.isEmpty() ? "" : " → " + target);
    }

    private record Meeting(Event event, String article) {
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
