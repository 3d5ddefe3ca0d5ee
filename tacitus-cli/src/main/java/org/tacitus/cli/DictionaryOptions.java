package org.tacitus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.tacitus.lexicon.ActorName;
import picocli.CommandLine.Option;

/** {@code --dictionary}, {@code --petrarch-actors}: the user's own actors, for every command that extracts. */
final class DictionaryOptions {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "a dictionary of your own actors (Tacitus TSV, see docs/dictionaries.md); repeatable")
    List<Path> dictionaries = List.of();

    @Option(names = "--petrarch-actors", paramLabel = "FILE",
            description = "a PETRARCH/Phoenix actors dictionary; repeatable")
    List<Path> petrarchActors = List.of();

    /** The actors of the named files; their problems go to {@code err} and are not fatal. */
    List<ActorName> load(PrintStream err) {
        return UserDictionaries.load(dictionaries, petrarchActors, err);
    }
}
