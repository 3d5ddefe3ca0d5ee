package org.tacitus.spark;

import java.io.Serializable;
import java.net.URI;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Extraction;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.model.Quote;
import org.tacitus.model.Speaker;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.store.dedup.ClusterKey;

/**
 * One document's rows for the job's tables, in the columns of {@link TableSchemas} (the store's own columns,
 * named as in {@code db/duckdb/V1__init.sql}, plus the document's month for partitioning). Serialisable plain
 * values only: CoreNLP's and the model's objects stay on the executor that made them.
 */
final class StoreRows implements Serializable {

    /** The partition value of documents without a publication date. */
    static final String UNDATED = "undated";

    final Object[] document;
    final List<Object[]> events = new ArrayList<>();
    final List<Object[]> mentions = new ArrayList<>();
    final List<Object[]> quotes = new ArrayList<>();
    final List<Object[]> participants = new ArrayList<>();
    final Object[] error;

    private StoreRows(Object[] document, Object[] error) {
        this.document = document;
        this.error = error;
    }

    static StoreRows of(DocumentResult result, String source) {
        if (result instanceof DocumentResult.Failed f) {
            return new StoreRows(null, new Object[] {f.id(), source, f.problem().code().name(),
                f.problem().message()});
        }
        Extraction x = ((DocumentResult.Extracted) result).extraction();
        Article a = x.article();
        String key = key(a);
        String publisher = publisher(a);
        Date published = a.published() == null ? null : Date.valueOf(a.published());
        String month = a.published() == null ? UNDATED : a.published().toString().substring(0, 7);
        StoreRows rows = new StoreRows(new Object[] {key, a.id(), a.title(), a.url(), publisher, published,
            String.join("\n", a.authors()), a.source(), a.format().name(), a.text(), x.events().size(),
            x.quotes().size(), month}, null);
        for (int i = 0; i < x.events().size(); i++) {
            rows.event(key, i, a, publisher, published, month, x.events().get(i));
        }
        for (int i = 0; i < x.quotes().size(); i++) {
            rows.quote(key, i, month, x.quotes().get(i));
        }
        return rows;
    }

    private void event(String key, int index, Article a, String publisher, Date published, String month, Event e) {
        String reportId = key + ":" + index;
        ClusterKey k = ClusterKey.of(e);
        EventDate d = e.date();
        Place p = e.place() == null ? null : e.place().place();
        events.add(new Object[] {reportId, key, a.id(), index, e.id(), e.type(), e.mode(), e.cameo(),
            d == null ? null : d.value(), d == null ? null : d.basis().name(),
            d == null ? null : d.relation().name(), k.day() == null ? null : Date.valueOf(k.day()), k.timexDated(),
            ClusterKey.joined(k.sources()), ClusterKey.joined(k.targets()), p == null ? null : p.name(),
            p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon(),
            p == null ? null : p.geonamesId(), String.join(",", e.contexts()), e.factual(), e.mentions().size(),
            published, publisher, a.url(), month});
        participants(reportId, -1, "source", e.source(), month);
        participants(reportId, -1, "target", e.target(), month);
        if (e.attribution() != null && e.attribution().by() != null) {
            participants(reportId, -1, "attribution", List.of(e.attribution().by()), month);
        }
        for (int m = 0; m < e.mentions().size(); m++) {
            EventMention em = e.mentions().get(m);
            participants(reportId, m, "source", em.source(), month);
            participants(reportId, m, "target", em.target(), month);
            mentions.add(new Object[] {reportId, m, key, em.sentenceIndex(), em.sentence().start(),
                em.sentence().end(), em.sentence().text(), em.trigger().start(), em.trigger().end(),
                em.trigger().text(), month});
        }
    }

    /** The store's {@code participants} rows: the words naming one side (mention -1: the event itself). */
    private void participants(String reportId, int mention, String side, List<Participant> ps, String month) {
        for (int i = 0; i < ps.size(); i++) {
            Participant p = ps.get(i);
            participants.add(new Object[] {reportId, mention, side, i, p.span().start(), p.span().end(),
                p.span().text(), p.actor().code(), p.actor().country(), p.actor().sector(), p.actor().name(), month});
        }
    }

    private void quote(String key, int position, String month, Quote q) {
        Speaker s = q.speaker();
        Actor ac = s == null ? null : s.actor();
        quotes.add(new Object[] {key, position, q.content().start(), q.content().end(), q.content().text(),
            q.direct(), s == null ? null : s.span().start(), s == null ? null : s.span().end(),
            s == null ? null : s.span().text(), s == null ? null : s.name(), ac == null ? null : ac.code(),
            ac == null ? null : ac.country(), ac == null ? null : ac.sector(), ac == null ? null : ac.name(),
            q.cue() == null ? null : q.cue().start(), q.cue() == null ? null : q.cue().end(),
            q.cue() == null ? null : q.cue().text(), month});
    }

    /** The store's idempotency key of an article: SHA-256 of its id, a newline and its text. */
    static String key(Article a) {
        return ClusterKey.sha256(a.id() + "\n" + a.text());
    }

    /** Host of the URL without {@code www.}, else the article id: the store's {@code publisher}. */
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

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
