package org.tacitus.store.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tacitus.model.Actor;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.Page;

/** Every cluster matching a query, read page by page (so exports stay flat in memory), oldest first. */
final class EventRows implements Iterable<EventCluster> {

    /** The flat columns CSV and Parquet share: name, SQL type, value. */
    record Column(String name, String sqlType, Function<EventCluster, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("id", "VARCHAR", EventCluster::id),
            new Column("day", "DATE", EventCluster::day),
            new Column("date_value", "VARCHAR", EventCluster::dateValue),
            new Column("type", "VARCHAR", EventCluster::type),
            new Column("mode", "VARCHAR", EventCluster::mode),
            new Column("cameo", "VARCHAR", EventCluster::cameo),
            new Column("source_codes", "VARCHAR", e -> codes(e.sources())),
            new Column("source_names", "VARCHAR", e -> names(e.sources())),
            new Column("target_codes", "VARCHAR", e -> codes(e.targets())),
            new Column("target_names", "VARCHAR", e -> names(e.targets())),
            new Column("place", "VARCHAR", e -> e.place() == null ? null : e.place().name()),
            new Column("country", "VARCHAR", EventCluster::country),
            new Column("lat", "DOUBLE", e -> e.place() == null ? null : e.place().lat()),
            new Column("lon", "DOUBLE", e -> e.place() == null ? null : e.place().lon()),
            new Column("num_mentions", "INTEGER", EventCluster::numMentions),
            new Column("num_sources", "INTEGER", EventCluster::numSources),
            new Column("num_articles", "INTEGER", EventCluster::numArticles),
            new Column("source_url", "VARCHAR", EventCluster::sourceUrl),
            new Column("factual", "BOOLEAN", EventCluster::factual));

    private final EventStore store;
    private final EventQuery query;

    EventRows(EventStore store, EventQuery query) {
        this.store = store;
        this.query = query.withSort(EventQuery.Sort.DATE_ASC);
    }

    static String codes(List<Actor> actors) {
        return actors.stream().map(a -> a.code() == null ? "" : a.code()).collect(Collectors.joining(";"));
    }

    static String names(List<Actor> actors) {
        return actors.stream().map(a -> a.name() == null ? "" : a.name()).collect(Collectors.joining(";"));
    }

    static String yyyymmdd(LocalDate d) {
        return d == null ? "" : String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    @Override
    public Iterator<EventCluster> iterator() {
        return new Iterator<>() {
            private int page = 0;
            private List<EventCluster> batch = new ArrayList<>();
            private int i = 0;
            private boolean last = false;

            @Override
            public boolean hasNext() {
                if (i < batch.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                Page<EventCluster> p = store.events(query.withPage(page++, EventStore.MAX_PAGE_SIZE));
                batch = p.items();
                i = 0;
                last = !p.hasNext();
                return !batch.isEmpty();
            }

            @Override
            public EventCluster next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(i++);
            }
        };
    }
}
