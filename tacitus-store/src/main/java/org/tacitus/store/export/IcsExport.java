package org.tacitus.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.tacitus.model.Actor;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;

/**
 * iCalendar of scheduled meetings through ical4j: the store's {@link EventStore#upcomingMeetings} from the query's
 * {@code from} (else 1970-01-01) up to its {@code to}. All-day VEVENTs for date-only values, UTC times for
 * timed ones; SUMMARY "TYPE: parties", LOCATION the place, UID {@code <cluster id>@tacitus} (stable).
 */
final class IcsExport {

    private IcsExport() {
    }

    static int write(EventStore store, EventQuery query, OutputStream out) throws IOException {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Tacitus//Scheduled meetings//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        int n = 0;
        LocalDate from = query.from() == null ? LocalDate.EPOCH : query.from();
        for (EventCluster e : store.upcomingMeetings(from)) {
            if (query.to() != null && e.day().isAfter(query.to())) {
                continue;
            }
            cal.add(event(e));
            n++;
        }
        Writer w = Exporter.writer(out);
        if (n > 0) {
            java.io.StringWriter text = new java.io.StringWriter(); // the outputter closes its writer
            new CalendarOutputter(false).output(cal, text);
            w.write(text.toString());
        } else {
            // ical4j will not write a calendar without components; an empty one is still valid iCalendar.
            w.write("BEGIN:VCALENDAR\r\nPRODID:-//Tacitus//Scheduled meetings//EN\r\nVERSION:2.0\r\n"
                    + "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
        }
        w.flush();
        return n;
    }

    static VEvent event(EventCluster e) {
        Temporal start = start(e);
        Temporal end = start instanceof LocalDate d ? d.plusDays(1) : ((java.time.Instant) start).plus(java.time.Duration.ofHours(1));
        VEvent v = new VEvent(start, end, summary(e));
        v.add(new Uid(e.id() + "@tacitus"));
        if (e.place() != null) {
            v.add(new Location(e.place().name() + (e.place().country() == null ? "" : ", " + e.place().country())));
        }
        v.add(new Description(e.numMentions() + " mentions in " + e.numArticles() + " articles from "
                + e.numSources() + " sources"));
        if (e.sourceUrl() != null) {
            try {
                v.add(new Url(java.net.URI.create(e.sourceUrl())));
            } catch (IllegalArgumentException ignored) {
                // not a URI: leave it out
            }
        }
        return v;
    }

    /** The day, or a UTC date-time when the TIMEX3 value has a time of day. */
    private static Temporal start(EventCluster e) {
        String v = e.dateValue();
        if (v != null && v.length() >= 16 && v.charAt(10) == 'T') {
            try {
                return LocalDateTime.parse(v.substring(0, 16)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // fall back to the day
            }
        }
        return e.day();
    }

    static String summary(EventCluster e) {
        String parties = e.sources().stream().map(IcsExport::label).collect(Collectors.joining(", "));
        String others = e.targets().stream().map(IcsExport::label).collect(Collectors.joining(", "));
        if (!others.isEmpty()) {
            parties = parties.isEmpty() ? others : parties + " – " + others;
        }
        return e.type() + ": " + (parties.isEmpty() ? "unknown parties" : parties);
    }

    private static String label(Actor a) {
        return a.name() != null ? a.name() : a.code() != null ? a.code() : "?";
    }
}
