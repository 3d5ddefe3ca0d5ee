package org.tacitus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tacitus.model.Actor;
import org.tacitus.model.Place;

/**
 * One real-world event as reported by one or more articles: the mentions of compatible events (same type, dyad,
 * day and place; see docs/store.md) merged, with GDELT-like counts.
 *
 * @param id          stable id derived from type, dyad, date and place of the cluster's first report
 * @param type        PLOVER type
 * @param mode        PLOVER mode of the first report, null when none
 * @param cameo       CAMEO code of the first report
 * @param day         the event's day, null when no report dates it to a day
 * @param dateValue   the TIMEX3 value of the date ({@code 2022-01-10}, {@code 2021-06}), null when undated
 * @param sources     the source side's actors (distinct by code, sorted)
 * @param targets     the target side's actors (distinct by code, sorted)
 * @param place       where it happened, null when unknown
 * @param country     the event's country: its place's, else its first source actor's; null when neither
 * @param numMentions event mentions in all stored articles
 * @param numSources  distinct publishers (host of the article URL, else the article id)
 * @param numArticles distinct articles
 * @param sourceUrl   URL of the first article that reported it (null when it had none)
 * @param factual     true when at least one report states it as a fact (not negated, hypothetical or reported)
 */
public record EventCluster(String id, String type, String mode, String cameo, LocalDate day, String dateValue,
                           List<Actor> sources, List<Actor> targets, Place place, String country, int numMentions,
                           int numSources, int numArticles, String sourceUrl, boolean factual) {
    public EventCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** CAMEO root code: the first two digits of {@link #cameo()}. */
    public String rootCode() {
        return cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2);
    }
}
