package org.tacitus.server;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.tacitus.model.Actor;
import org.tacitus.store.EventCluster;

/**
 * Upcoming meetings as an iCalendar feed (RFC 5545): one all-day VEVENT per scheduled CONSULT or AGREE cluster,
 * with its parties in the summary, its place as LOCATION and GEO, and the first report as URL. Stateless.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String ics(List<EventCluster> meetings, Instant now) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Tacitus//Upcoming meetings//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (EventCluster m : meetings) {
            if (m.day() == null) {
                continue;
            }
            cal.add(vevent(m, m.day(), now));
        }
        return cal.toString();
    }

    private static VEvent vevent(EventCluster m, LocalDate day, Instant now) {
        VEvent e = new VEvent(day, day.plusDays(1), summary(m));
        e.replace(new DtStamp(now));
        e.add(new Uid(m.id() + "@tacitus"));
        e.add(new Categories(m.type()));
        StringBuilder description = new StringBuilder(m.type()).append(" (CAMEO ").append(m.cameo()).append(")");
        description.append("; reported by ").append(m.numArticles()).append(m.numArticles() == 1 ? " article" : " articles");
        if (m.place() != null) {
            e.add(new Location(m.place().name() + (m.place().country() == null ? "" : ", " + m.place().country())));
            e.add(new Geo(BigDecimal.valueOf(m.place().lat()), BigDecimal.valueOf(m.place().lon())));
        }
        if (m.sourceUrl() != null) {
            try {
                e.add(new Url(new URI(m.sourceUrl())));
            } catch (URISyntaxException ignored) {
                description.append("; source ").append(m.sourceUrl());
            }
        }
        e.add(new Description(description.toString()));
        return e;
    }

    /** "CONSULT: United States, Russia" — the parties by name, else code. */
    static String summary(EventCluster m) {
        String parties = java.util.stream.Stream.concat(m.sources().stream(), m.targets().stream())
                .map(CalendarFeed::label).distinct().collect(Collectors.joining(", "));
        return m.type() + (parties.isEmpty() ? "" : ": " + parties);
    }

    private static String label(Actor a) {
        if (a.name() != null) {
            return a.name();
        }
        return a.code() != null ? a.code() : "?";
    }
}
