package org.tacitus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tacitus.model.Actor;
import org.tacitus.model.EventDate;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.Quote;
import org.tacitus.model.TextSpan;
import org.tacitus.store.ActorCount;
import org.tacitus.store.DocumentRef;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventDetail;
import org.tacitus.store.IngestReport;
import org.tacitus.store.MentionEvidence;
import org.tacitus.store.Page;
import org.tacitus.store.SearchHit;
import org.tacitus.store.Stats;
import org.tacitus.store.StoredQuote;

/**
 * The API's JSON shapes, written explicitly (snake_case, nulls kept) so that they stay stable whatever the store's
 * records become; {@code src/main/resources/org/tacitus/server/openapi.json} documents them. Stateless and
 * thread-safe.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        page.items().forEach(t -> items.add(item.apply(t)));
        o.put("page", page.page());
        o.put("size", page.size());
        o.put("total", page.total());
        o.put("has_next", page.hasNext());
        return o;
    }

    static ObjectNode event(EventCluster c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("type", c.type());
        o.put("mode", c.mode());
        o.put("cameo", c.cameo());
        o.put("date", c.dateValue());
        o.put("day", day(c.day()));
        actors(o.putArray("sources"), c.sources());
        actors(o.putArray("targets"), c.targets());
        if (c.place() == null) {
            o.putNull("place");
        } else {
            place(o.putObject("place"), c.place());
        }
        o.put("country", c.country());
        o.put("num_mentions", c.numMentions());
        o.put("num_sources", c.numSources());
        o.put("num_articles", c.numArticles());
        o.put("source_url", c.sourceUrl());
        o.put("factual", c.factual());
        return o;
    }

    static ObjectNode eventDetail(EventDetail d) {
        ObjectNode o = event(d.cluster());
        ArrayNode mentions = o.putArray("mentions");
        for (MentionEvidence m : d.mentions()) {
            mentions.add(mention(m));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (StoredQuote q : d.quotes()) {
            quotes.add(quote(q));
        }
        return o;
    }

    private static ObjectNode mention(MentionEvidence m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("document", document(m.document()));
        o.put("event_id", m.eventId());
        ObjectNode sentence = span(o.putObject("sentence"), m.sentence());
        sentence.put("index", m.sentenceIndex());
        span(o.putObject("trigger"), m.trigger());
        participants(o.putArray("source"), m.source());
        participants(o.putArray("target"), m.target());
        EventDate d = m.date();
        if (d == null) {
            o.putNull("date");
        } else {
            ObjectNode date = o.putObject("date");
            date.put("value", d.value());
            date.put("basis", d.basis().name().toLowerCase(Locale.ROOT));
            date.put("relation", d.relation().name().toLowerCase(Locale.ROOT));
            if (d.evidence() != null) {
                span(date, d.evidence());
            }
        }
        PlaceMention p = m.place();
        if (p == null) {
            o.putNull("place");
        } else {
            place(span(o.putObject("place"), p.span()), p.place());
        }
        ArrayNode contexts = o.putArray("contexts");
        m.contexts().forEach(contexts::add);
        return o;
    }

    static ObjectNode quote(StoredQuote sq) {
        Quote q = sq.quote();
        ObjectNode o = MAPPER.createObjectNode();
        o.set("document", document(sq.document()));
        span(o, q.content());
        o.put("direct", q.direct());
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            ObjectNode s = span(o.putObject("speaker"), q.speaker().span());
            s.put("name", q.speaker().name());
            if (q.speaker().actor() == null) {
                s.putNull("actor");
            } else {
                actor(s.putObject("actor"), q.speaker().actor());
            }
        }
        if (q.cue() == null) {
            o.putNull("cue");
        } else {
            span(o.putObject("cue"), q.cue());
        }
        return o;
    }

    static ObjectNode actorCount(ActorCount a) {
        ObjectNode o = actor(MAPPER.createObjectNode(), a.actor());
        o.put("events", a.events());
        o.put("mentions", a.mentions());
        return o;
    }

    static ObjectNode searchHit(SearchHit h) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
        o.set("document", document(h.document()));
        o.put("event_id", h.eventId());
        o.put("text", h.text());
        o.put("day", day(h.day()));
        o.put("score", h.score());
        return o;
    }

    static ObjectNode stats(Stats s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("events", s.events());
        o.put("mentions", s.mentions());
        o.put("documents", s.documents());
        buckets(o.putArray("by_day"), s.byDay());
        buckets(o.putArray("by_type"), s.byType());
        buckets(o.putArray("by_country"), s.byCountry());
        return o;
    }

    static ObjectNode ingestReport(IngestReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("new_documents", r.newDocuments());
        o.put("already_stored", r.alreadyStored());
        o.put("failed", r.failed());
        o.put("events", r.events());
        o.put("new_clusters", r.newClusters());
        ArrayNode outcomes = o.putArray("documents");
        for (IngestReport.Outcome out : r.outcomes()) {
            ObjectNode d = outcomes.addObject();
            d.put("id", out.articleId());
            d.put("key", out.key());
            d.put("status", out.status().name().toLowerCase(Locale.ROOT));
            if (out.error() != null) {
                ObjectNode e = d.putObject("error");
                e.put("code", out.error().name());
                e.put("message", out.message());
            }
        }
        return o;
    }

    static ObjectNode document(DocumentRef d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", d.key());
        o.put("id", d.articleId());
        o.put("title", d.title());
        o.put("url", d.url());
        o.put("publisher", d.publisher());
        o.put("published", day(d.published()));
        return o;
    }

    private static void buckets(ArrayNode array, List<Stats.Bucket> buckets) {
        for (Stats.Bucket b : buckets) {
            array.addObject().put("key", b.key()).put("count", b.count());
        }
    }

    private static void actors(ArrayNode array, List<Actor> actors) {
        actors.forEach(a -> actor(array.addObject(), a));
    }

    private static void participants(ArrayNode array, List<Participant> sides) {
        for (Participant p : sides) {
            actor(span(array.addObject(), p.span()), p.actor());
        }
    }

    private static ObjectNode actor(ObjectNode o, Actor a) {
        o.put("code", a.code());
        o.put("country", a.country());
        o.put("sector", a.sector());
        o.put("name", a.name());
        return o;
    }

    private static ObjectNode place(ObjectNode o, Place p) {
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("geonames_id", p.geonamesId());
        return o;
    }

    private static ObjectNode span(ObjectNode o, TextSpan s) {
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
        return o;
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
