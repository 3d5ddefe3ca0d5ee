package org.tacitus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.DictionaryLoad;
import org.tacitus.lexicon.PetrarchActorReader;
import org.tacitus.lexicon.UserDictionaryReader;

/** Loads the user's dictionaries named on the command line; their problems are reported on stderr, not fatal. */
final class UserDictionaries {

    private UserDictionaries() {
    }

    static List<ActorName> load(List<Path> tacitusFiles, List<Path> petrarchFiles, PrintStream err) {
        List<ActorName> names = new ArrayList<>();
        for (Path p : tacitusFiles) {
            names.addAll(report(UserDictionaryReader.read(p), err));
        }
        for (Path p : petrarchFiles) {
            // PETRARCH writes phrases in capitals; in title case they match "Iran" and "NATO" alike
            for (ActorName n : report(PetrarchActorReader.read(p), err)) {
                names.add(new ActorName(titleCase(n.phrase()), n.code(), n.country(), n.sector(), n.name(), n.kind(),
                        n.from(), n.to()));
            }
        }
        return names;
    }

    static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean wordStart = true;
        for (char c : phrase.toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return out.toString();
    }

    private static List<ActorName> report(DictionaryLoad<ActorName> load, PrintStream err) {
        int shown = 0;
        for (String problem : load.problems()) {
            if (shown++ < 20) {
                err.println("tacitus: DICTIONARY_PROBLEM " + problem);
            }
        }
        if (load.problems().size() > 20) {
            err.println("tacitus: … and " + (load.problems().size() - 20) + " more dictionary problems");
        }
        return load.entries();
    }
}
