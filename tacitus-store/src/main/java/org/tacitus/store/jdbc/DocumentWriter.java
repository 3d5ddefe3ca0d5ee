package org.tacitus.store.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacitus.events.Meetings;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Extraction;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.model.Problem;
import org.tacitus.model.Quote;
import org.tacitus.model.Speaker;
import org.tacitus.store.dedup.ClusterKey;

/**
 * Writes one extraction's rows inside the caller's transaction: the document, its entities, quotes and problems,
 * and each event as a report assigned to a cluster by {@link ClusterAssigner}. Stateless.
 */
final class DocumentWriter {

    /** What writing one document added. */
    record Written(int events, int newClusters, Set<String> clusters) {
    }

    /** The event rows of one document, inserted together once its events are assigned. */
    private record Rows(List<Object[]> reports, List<Object[]> mentions, List<Object[]> participants) {
    }

    private final ClusterAssigner clusters = new ClusterAssigner();

    /** The idempotency key of an article: SHA-256 of its id, a newline and its text. */
    static String key(Article a) {
        return ClusterKey.sha256(a.id() + "\n" + a.text());
    }

    /** Host of the URL without {@code www.}, else the article id. */
    static String publisher(Article a) {
        if (a.url() != null) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null && !host.isBlank()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the id
            }
        }
        return a.id();
    }

    Written write(Connection c, String key, long seq, Extraction x) throws SQLException {
        Article a = x.article();
        String publisher = publisher(a);
        Sql.update(c, "INSERT INTO documents (key, seq, article_id, title, url, publisher, published, authors, "
                        + "source, format, text, ingested_at) VALUES (" + Sql.marks(12) + ")",
                key, seq, a.id(), a.title(), a.url(), publisher, a.published(), String.join("\n", a.authors()),
                a.source(), a.format().name(), a.text(), Timestamp.from(Instant.now()));
        writeEntities(c, key, x.entities());
        writeQuotes(c, key, x.quotes());
        writeProblems(c, key, x.problems());
        int created = 0;
        Set<String> touched = new LinkedHashSet<>();
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < x.events().size(); i++) {
            Event e = x.events().get(i);
            ClusterAssigner.Assignment to = clusters.assign(c, ClusterKey.of(e), e, a, seq, publisher, touched);
            report(rows, key, key + ":" + i, to.clusterId(), e);
            created += to.created() ? 1 : 0;
            touched.add(to.clusterId());
        }
        // Reports, mentions and sides of all the document's events: three statements, whatever their number.
        Sql.insert(c, "event_reports", rows.reports());
        Sql.insert(c, "event_mentions", rows.mentions());
        Sql.insert(c, "participants", rows.participants());
        return new Written(x.events().size(), created, touched);
    }

    private static void writeEntities(Connection c, String key, List<Entity> entities) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            Actor ac = e.actor();
            Place p = e.place();
            rows.add(new Object[] {key, i, e.start(), e.end(),
                    e.text(), e.type(), ac == null ? null : ac.code(), ac == null ? null : ac.country(),
                    ac == null ? null : ac.sector(), ac == null ? null : ac.name(), p == null ? null : p.name(),
                    p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                    p == null ? null : p.geonamesId()});
        }
        Sql.insert(c, "entities", rows);
    }

    private static void writeQuotes(Connection c, String key, List<Quote> quotes) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            Speaker s = q.speaker();
            Actor ac = s == null ? null : s.actor();
            rows.add(new Object[] {key, i, q.content().start(),
                    q.content().end(), q.content().text(), q.direct(), s == null ? null : s.span().start(),
                    s == null ? null : s.span().end(), s == null ? null : s.span().text(),
                    s == null ? null : s.name(), ac == null ? null : ac.code(), ac == null ? null : ac.country(),
                    ac == null ? null : ac.sector(), ac == null ? null : ac.name(),
                    q.cue() == null ? null : q.cue().start(), q.cue() == null ? null : q.cue().end(),
                    q.cue() == null ? null : q.cue().text()});
        }
        Sql.insert(c, "quotes", rows);
    }

    private static void writeProblems(Connection c, String key, List<Problem> problems) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            rows.add(new Object[] {key, i, p.code().name(), p.message(), p.stage(), p.start(), p.end()});
        }
        Sql.insert(c, "problems", rows);
    }

    private static void report(Rows rows, String key, String reportId, String clusterId, Event e) {
        EventDate d = e.date();
        Place p = e.place() == null ? null : e.place().place();
        rows.reports().add(new Object[] {reportId, key, clusterId,
                e.id(), e.type(), e.mode(), e.cameo(), d == null ? null : d.value(),
                d == null ? null : d.basis().name(), d == null ? null : d.relation().name(),
                d == null || d.evidence() == null ? null : d.evidence().start(),
                d == null || d.evidence() == null ? null : d.evidence().end(),
                d == null || d.evidence() == null ? null : d.evidence().text(),
                e.place() == null ? null : e.place().span().start(),
                e.place() == null ? null : e.place().span().end(),
                e.place() == null ? null : e.place().span().text(), p == null ? null : p.name(),
                p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                p == null ? null : p.geonamesId(), String.join(",", e.contexts()), e.factual(),
                e.attribution() == null ? null : e.attribution().cue().start(),
                e.attribution() == null ? null : e.attribution().cue().end(),
                e.attribution() == null ? null : e.attribution().cue().text(), Meetings.upcoming(e)});
        List<Object[]> sides = rows.participants();
        participants(sides, reportId, -1, "source", e.source());
        participants(sides, reportId, -1, "target", e.target());
        if (e.attribution() != null && e.attribution().by() != null) {
            participants(sides, reportId, -1, "attribution", List.of(e.attribution().by()));
        }
        List<Object[]> mentions = rows.mentions();
        for (int m = 0; m < e.mentions().size(); m++) {
            EventMention em = e.mentions().get(m);
            mentions.add(new Object[] {reportId, m, key, clusterId, em.sentenceIndex(), em.sentence().start(),
                em.sentence().end(), em.sentence().text(), em.trigger().start(), em.trigger().end(),
                em.trigger().text()});
            participants(sides, reportId, m, "source", em.source());
            participants(sides, reportId, m, "target", em.target());
        }
    }

    private static void participants(List<Object[]> rows, String reportId, int mention, String side,
                                     List<Participant> ps) {
        for (int i = 0; i < ps.size(); i++) {
            Participant p = ps.get(i);
            rows.add(new Object[] {reportId, mention, side, i, p.span().start(), p.span().end(), p.span().text(),
                p.actor().code(), p.actor().country(), p.actor().sector(), p.actor().name()});
        }
    }
}
