package org.tacitus.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacitus.store.EventQuery;

/** An {@link EventQuery}'s filters as a SQL WHERE clause over {@code events e}, with its values in order. */
record EventFilter(String where, List<Object> args) {

    static EventFilter of(EventQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            parts.add("e.day >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            parts.add("e.day <= ?");
            args.add(q.to());
        }
        if (q.type() != null) {
            parts.add("e.type = ?");
            args.add(q.type().toUpperCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            parts.add("(e.source_codes LIKE ? OR e.target_codes LIKE ? OR e.actor_text LIKE ?)");
            String code = "%," + q.actor().toUpperCase(Locale.ROOT) + ",%";
            args.add(code);
            args.add(code);
            args.add(like(q.actor()));
        }
        if (q.country() != null) {
            parts.add("e.country = ?");
            args.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.place() != null) {
            parts.add("lower(e.place_name) LIKE ?");
            args.add(like(q.place()));
        }
        if (q.text() != null) {
            parts.add("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id "
                    + "AND lower(m.sentence_text) LIKE ?)");
            args.add(like(q.text()));
        }
        return new EventFilter(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), List.copyOf(args));
    }

    /** '%text%' in lower case; LIKE's own wildcards are dropped from the text. */
    static String like(String s) {
        return "%" + s.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    Object[] argsWith(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(java.util.Arrays.asList(more));
        return all.toArray();
    }

    static String orderBy(EventQuery.Sort sort) {
        return switch (sort) {
            case DATE_DESC -> "e.day DESC NULLS LAST, e.num_mentions DESC, e.id";
            case DATE_ASC -> "e.day ASC NULLS LAST, e.num_mentions DESC, e.id";
            case MENTIONS_DESC -> "e.num_mentions DESC, e.day DESC NULLS LAST, e.id";
        };
    }
}
