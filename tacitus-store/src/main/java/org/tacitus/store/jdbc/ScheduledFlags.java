package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tacitus.events.Meetings;
import org.tacitus.model.EventDate;

/**
 * Fills {@code event_reports.scheduled} where it is NULL — reports stored before schema V2, or loaded from a Spark
 * run's Parquet tables — by {@link Meetings}' rule over the stored columns, so that the store's calendar and the
 * pipeline's use one definition. The writer sets the flag of every report it writes. Stateless.
 */
final class ScheduledFlags {

    private ScheduledFlags() {
    }

    /** Fills the missing flags in one transaction; returns how many reports had none. */
    static int fill(ConnectionSource db) throws SQLException {
        try (Connection c = db.connect()) {
            if (Sql.count(c, "SELECT count(*) FROM event_reports WHERE scheduled IS NULL") == 0) {
                return 0;
            }
            c.setAutoCommit(false);
            try {
                db.lockForWrite(c);
                List<Object> scheduled = new ArrayList<>();
                long[] missing = {0};
                Sql.query(c, "SELECT id, type, date_basis, date_relation, date_value, contexts FROM event_reports "
                        + "WHERE scheduled IS NULL", rs -> {
                            missing[0]++;
                            String basis = rs.getString("date_basis");
                            String relation = rs.getString("date_relation");
                            String contexts = rs.getString("contexts");
                            if (Meetings.upcoming(rs.getString("type"),
                                    basis == null ? null : EventDate.Basis.valueOf(basis),
                                    relation == null ? null : EventDate.Relation.valueOf(relation),
                                    rs.getString("date_value"),
                                    contexts == null ? List.of() : List.of(contexts.split(",")))) {
                                scheduled.add(rs.getString("id"));
                            }
                            return null;
                        });
                for (int from = 0; from < scheduled.size(); from += 500) {
                    List<Object> chunk = scheduled.subList(from, Math.min(scheduled.size(), from + 500));
                    Sql.update(c, "UPDATE event_reports SET scheduled = TRUE WHERE id IN (" + Sql.marks(chunk.size())
                            + ")", chunk.toArray());
                }
                Sql.update(c, "UPDATE event_reports SET scheduled = FALSE WHERE scheduled IS NULL");
                c.commit();
                return (int) missing[0];
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
