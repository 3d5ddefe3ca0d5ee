package org.tacitus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.tacitus.output.ExtractionWriter;
import org.tacitus.stream.StreamCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tacitus} command: a short list of subcommands, each in its own class. */
@Command(name = "tacitus",
        mixinStandardHelpOptions = true,
        versionProvider = TacitusCommand.Version.class,
        description = "Reads news and writes down who did what to whom, when, where, and who said so.",
        subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
            ServeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
            LoadParquetCommand.class, StreamCommand.class, CommandLine.HelpCommand.class})
public final class TacitusCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new TacitusCommand()); // picocli: exit 2 on invalid input
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Prints the build version and the output-contract version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = TacitusCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "tacitus " + p.getProperty("version", "unknown"),
                "output schema " + ExtractionWriter.SCHEMA_VERSION,
                "Stanford CoreNLP 4.5.10, Java " + System.getProperty("java.version"),
                "GPL-3.0-or-later"
            };
        }
    }
}
