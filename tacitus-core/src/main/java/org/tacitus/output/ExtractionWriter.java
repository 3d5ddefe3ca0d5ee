package org.tacitus.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.tacitus.model.TextSpan;
import org.tacitus.model.TimeExpression;
import org.tacitus.pipeline.DocumentResult;

/**
 * Writes document results in the output contract, version {@value #SCHEMA_VERSION} (see {@code docs/schema.md}).
 * Not thread-safe: one writer per output stream, fed in input order.
 */
public final class ExtractionWriter implements Closeable {

    public static final String SCHEMA_VERSION = "1.0";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;
    private final OutputFormat format;
    private final boolean includeText;

    public ExtractionWriter(OutputStream out, OutputFormat format, boolean includeText) {
        this.format = format;
        this.includeText = includeText;
        try {
            this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (format == OutputFormat.PRETTY) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
            } else if (format == OutputFormat.JSONL) {
                json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            }
            if (format != OutputFormat.JSONL) {
                json.writeStartArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One event of a document as a JSON object of its own, for transports that carry one message per event (the
     * Kafka stream's out-topic): {@code {"schema","article":{"id","title","url","published"},"event":{…}}}, the
     * event exactly as in the document's {@code events} (see {@code docs/schema.md}). No trailing newline.
     */
    public static byte[] eventMessage(Article article, Event event) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ExtractionWriter writer = new ExtractionWriter(buffer, OutputFormat.JSONL, false);
        try {
            JsonGenerator json = writer.json;
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA_VERSION);
            json.writeObjectFieldStart("article");
            json.writeStringField("id", article.id());
            json.writeStringField("title", article.title());
            json.writeStringField("url", article.url());
            json.writeStringField("published", article.published() == null ? null : article.published().toString());
            json.writeEndObject();
            json.writeFieldName("event");
            writer.writeEvent(event);
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public void write(DocumentResult result) {
        try {
            if (result instanceof DocumentResult.Extracted e) {
                writeExtraction(e.extraction());
            } else {
                DocumentResult.Failed f = (DocumentResult.Failed) result;
                json.writeStartObject();
                json.writeStringField("id", f.id());
                json.writeObjectFieldStart("error");
                json.writeStringField("code", f.problem().code().name());
                json.writeStringField("message", f.problem().message());
                json.writeEndObject();
                json.writeEndObject();
            }
            if (format == OutputFormat.JSONL) {
                json.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeExtraction(Extraction x) throws IOException {
        Article a = x.article();
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("title", a.title());
        json.writeStringField("url", a.url());
        json.writeStringField("published", a.published() == null ? null : a.published().toString());
        json.writeArrayFieldStart("authors");
        for (String author : a.authors()) {
            json.writeString(author);
        }
        json.writeEndArray();
        writeProblems(x.problems());
        json.writeArrayFieldStart("timexes");
        for (TimeExpression t : x.timexes()) {
            json.writeStartObject();
            writeSpan(t.start(), t.end(), t.text());
            json.writeStringField("type", t.type().name());
            json.writeStringField("value", t.value());
            if (t.mod() != null) {
                json.writeStringField("mod", t.mod());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (Entity e : x.entities()) {
            writeEntity(e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (Event e : x.events()) {
            writeEvent(e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote q : x.quotes()) {
            writeQuote(q);
        }
        json.writeEndArray();
        if (includeText) {
            json.writeStringField("text", a.text());
        }
        json.writeEndObject();
    }

    private void writeProblems(List<Problem> problems) throws IOException {
        json.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            json.writeStartObject();
            json.writeStringField("code", p.code().name());
            json.writeStringField("message", p.message());
            json.writeStringField("stage", p.stage());
            if (p.start() != null) {
                json.writeNumberField("start", p.start());
                json.writeNumberField("end", p.end());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeEntity(Entity e) throws IOException {
        json.writeStartObject();
        writeSpan(e.start(), e.end(), e.text());
        json.writeStringField("type", e.type());
        if (e.actor() != null) {
            writeActor(e.actor());
        }
        if (e.place() != null) {
            json.writeObjectFieldStart("place");
            writePlaceFields(e.place());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void writeQuote(Quote q) throws IOException {
        json.writeStartObject();
        writeSpan(q.content().start(), q.content().end(), q.content().text());
        json.writeBooleanField("direct", q.direct());
        if (q.speaker() != null) {
            json.writeObjectFieldStart("speaker");
            TextSpan s = q.speaker().span();
            writeSpan(s.start(), s.end(), s.text());
            json.writeStringField("name", q.speaker().name());
            if (q.speaker().actor() != null) {
                writeActor(q.speaker().actor());
            }
            json.writeEndObject();
        }
        if (q.cue() != null) {
            json.writeObjectFieldStart("cue");
            writeSpan(q.cue().start(), q.cue().end(), q.cue().text());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void writeEvent(Event e) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeStringField("type", e.type());
        json.writeStringField("mode", e.mode());
        json.writeStringField("cameo", e.cameo());
        writeParticipants("source", e.source());
        writeParticipants("target", e.target());
        EventMention first = e.first();
        writeSpanObject("trigger", first.trigger());
        json.writeObjectFieldStart("sentence");
        json.writeNumberField("index", first.sentenceIndex());
        json.writeNumberField("start", first.sentence().start());
        json.writeNumberField("end", first.sentence().end());
        json.writeEndObject();
        EventDate d = e.date();
        if (d == null) {
            json.writeNullField("date");
        } else {
            json.writeObjectFieldStart("date");
            json.writeStringField("value", d.value());
            json.writeStringField("basis", d.basis().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("relation", d.relation().name().toLowerCase(java.util.Locale.ROOT));
            if (d.evidence() != null) {
                writeSpan(d.evidence().start(), d.evidence().end(), d.evidence().text());
            }
            json.writeEndObject();
        }
        if (e.place() == null) {
            json.writeNullField("place");
        } else {
            json.writeFieldName("place");
            json.writeStartObject();
            TextSpan s = e.place().span();
            writeSpan(s.start(), s.end(), s.text());
            writePlaceFields(e.place().place());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("contexts");
        for (String c : e.contexts()) {
            json.writeString(c);
        }
        json.writeEndArray();
        json.writeBooleanField("factual", e.factual());
        if (e.attribution() != null) {
            json.writeObjectFieldStart("attribution");
            if (e.attribution().by() != null) {
                json.writeFieldName("by");
                writeParticipant(e.attribution().by());
            }
            writeSpanObject("cue", e.attribution().cue());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("mentions");
        for (EventMention m : e.mentions()) {
            json.writeStartObject();
            json.writeObjectFieldStart("sentence");
            json.writeNumberField("index", m.sentenceIndex());
            json.writeNumberField("start", m.sentence().start());
            json.writeNumberField("end", m.sentence().end());
            json.writeEndObject();
            writeSpanObject("trigger", m.trigger());
            writeParticipants("source", m.source());
            writeParticipants("target", m.target());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeParticipants(String field, List<Participant> sides) throws IOException {
        json.writeArrayFieldStart(field);
        for (Participant p : sides) {
            writeParticipant(p);
        }
        json.writeEndArray();
    }

    private void writeParticipant(Participant p) throws IOException {
        json.writeStartObject();
        writeSpan(p.span().start(), p.span().end(), p.span().text());
        json.writeStringField("code", p.actor().code());
        json.writeStringField("country", p.actor().country());
        json.writeStringField("sector", p.actor().sector());
        json.writeStringField("name", p.actor().name());
        json.writeEndObject();
    }

    private void writeSpanObject(String field, TextSpan span) throws IOException {
        json.writeObjectFieldStart(field);
        writeSpan(span.start(), span.end(), span.text());
        json.writeEndObject();
    }

    private void writePlaceFields(Place place) throws IOException {
        json.writeStringField("name", place.name());
        json.writeStringField("country", place.country());
        json.writeNumberField("lat", place.lat());
        json.writeNumberField("lon", place.lon());
        if (place.geonamesId() != null) {
            json.writeNumberField("geonames_id", place.geonamesId());
        }
    }

    private void writeActor(Actor actor) throws IOException {
        json.writeObjectFieldStart("actor");
        json.writeStringField("code", actor.code());
        json.writeStringField("country", actor.country());
        json.writeStringField("sector", actor.sector());
        json.writeStringField("name", actor.name());
        json.writeEndObject();
    }

    private void writeSpan(int start, int end, String text) throws IOException {
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
        json.writeStringField("text", text);
    }

    @Override
    public void close() {
        try {
            if (format != OutputFormat.JSONL) {
                json.writeEndArray();
            }
            json.writeRaw('\n');
            json.flush();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
