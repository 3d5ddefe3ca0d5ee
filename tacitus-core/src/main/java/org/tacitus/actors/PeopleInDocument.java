package org.tacitus.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacitus.model.Actor;

/**
 * The people an article has introduced, so that later mentions keep the role they were given: "Russian Deputy
 * Foreign Minister Sergei Ryabkov" makes a later "Ryabkov" RUS/GOV, and "Putin" links to "Vladimir Putin".
 * Keyed by the full name and by its last word. One instance per document; not thread-safe.
 */
final class PeopleInDocument {

    private final Map<String, Actor> byName = new HashMap<>();

    /** The person already met under this name or surname, if any. */
    Optional<Actor> find(String name) {
        Actor exact = byName.get(key(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        List<String> words = words(name);
        if (words.size() == 1) {
            return Optional.ofNullable(byName.get("~" + key(name)));
        }
        return Optional.ofNullable(byName.get("~" + key(words.get(words.size() - 1))))
                .filter(a -> a.name() != null && words(a.name()).get(0).equalsIgnoreCase(words.get(0)));
    }

    /** Remembers a person under the full name and the surname (a coded actor wins over an uncoded one). */
    void remember(String name, Actor actor) {
        put(key(name), actor);
        List<String> words = words(name);
        put("~" + key(words.get(words.size() - 1)), actor);
        if (actor.name() != null && !actor.name().equals(name)) {
            put(key(actor.name()), actor);
            List<String> full = words(actor.name());
            put("~" + key(full.get(full.size() - 1)), actor);
        }
    }

    private void put(String key, Actor actor) {
        Actor old = byName.get(key);
        if (old == null || old.code() == null && actor.code() != null) {
            byName.put(key, actor);
        }
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+"));
    }
}
