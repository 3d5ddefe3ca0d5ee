-- Tacitus store, version 2.
-- Each cluster keeps its actors with it, as JSON ([{"side","code","country","sector","name"}…], sources then targets,
-- each side by actor key), so that a page of clusters is one read with no lookup in event_actors (which stays: the
-- actors endpoint and deduplication read it). The writer keeps both in step.
ALTER TABLE events ADD COLUMN actors TEXT;
UPDATE events SET actors = coalesce((SELECT json_agg(json_build_object('side', a.side, 'code', a.code,
    'country', a.country, 'sector', a.sector, 'name', a.name) ORDER BY a.side, a.actor_key COLLATE "C")::text
    FROM event_actors a WHERE a.event_id = events.id), '[]');
-- A report announces a scheduled meeting (org.tacitus.events.Meetings, the one definition): set by the writer;
-- NULL for reports stored before this version, which the store fills on open by that rule.
ALTER TABLE event_reports ADD COLUMN scheduled BOOLEAN;
