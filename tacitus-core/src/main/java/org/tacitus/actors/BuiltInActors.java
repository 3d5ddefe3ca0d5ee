package org.tacitus.actors;

import java.util.ArrayList;
import java.util.List;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.Collectives;
import org.tacitus.lexicon.CountryTable;
import org.tacitus.lexicon.Metonyms;
import org.tacitus.lexicon.OfficeHolders;
import org.tacitus.lexicon.Organizations;
import org.tacitus.lexicon.RoleWords;

/** The actor stage over the built-in lexicons plus a user's own names; the built-ins load once per JVM. */
public final class BuiltInActors {

    private static volatile List<ActorName> names;
    private static volatile RoleContext roles;

    private BuiltInActors() {
    }

    /** An actor stage knowing the built-in names and, taking precedence where phrases tie, the user's. */
    public static ActorStage stage(List<ActorName> userNames) {
        load();
        List<ActorName> all = new ArrayList<>(userNames);
        all.addAll(names);
        return new ActorStage(new ActorLexicon(all), roles);
    }

    private static synchronized void load() {
        if (names != null) {
            return;
        }
        List<ActorName> list = new ArrayList<>();
        list.addAll(CountryTable.load().actorNames());
        list.addAll(Metonyms.load());
        list.addAll(Organizations.load());
        list.addAll(Collectives.load());
        list.addAll(OfficeHolders.load().actorNames());
        roles = new RoleContext(RoleWords.load());
        names = List.copyOf(list);
    }
}
