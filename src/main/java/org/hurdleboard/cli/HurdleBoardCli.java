package org.hurdleboard.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hurdle-board report | compare | series | check | deck validate | deck print}: the app's reports,
 * checks and wall kits from a terminal or a script, without a screen. Exit codes: 0 it worked, 1 it
 * did not (the message says why), 2 the command was not typed right, 3 written, but a comparison
 * left some files out or a wall kit cut some cards' text short.
 */
@Command(name = "hurdle-board", mixinStandardHelpOptions = true, versionProvider = HurdleBoardCli.Version.class,
        resourceBundle = CliText.BUNDLE, subcommands = {ReportCommand.class, CompareCommand.class,
                SeriesCommand.class, CheckCommand.class, DeckCommand.class})
public final class HurdleBoardCli implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int SKIPPED_SOME = 3;
    private static final Set<String> COMMANDS = Set.of("report", "compare", "series", "check", "deck");

    @Spec
    CommandSpec spec;

    /** Whether the app was started to run a command rather than to show its window. */
    public static boolean handles(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    /** Runs a command and returns its exit code; nothing here needs a display. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Locale.getDefault());
    }

    /** The same, on a computer whose language is {@code computer}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Locale computer) {
        CliText text = new CliText(messagesLocale(args, computer));
        CommandLine commandLine = new CommandLine(new HurdleBoardCli(), new Factory(text));
        commandLine.setResourceBundle(text.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        describe(commandLine, text);
        commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
            if (error instanceof CliException known) {
                err.println(known.getMessage());
                return known.exitCode();
            }
            err.println(text.get("unexpected", String.valueOf(error.getMessage())));
            return FAILED;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The messages' language: {@code --language cy} (or {@code en}) wherever it is given, read
     * before parsing so the help and parsing errors are in it too; else the computer's language,
     * Welsh or English ({@code both}, a report's choice, leaves it to the computer).
     */
    static Locale messagesLocale(String[] args, Locale computer) {
        String asked = "";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--language") || args[i].equals("-l")) && i + 1 < args.length) {
                asked = args[i + 1];
            } else if (args[i].startsWith("--language=")) {
                asked = args[i].substring("--language=".length());
            }
        }
        if (asked.equalsIgnoreCase("cy") || asked.equalsIgnoreCase("en")) {
            return asked.equalsIgnoreCase("cy") ? WELSH : Locale.UK;
        }
        return computer.getLanguage().equals("cy") ? WELSH : Locale.UK;
    }

    /** Descriptions and exit codes come from the bundle, named after each command. */
    private static void describe(CommandLine commandLine, CliText text) {
        CommandSpec spec = commandLine.getCommandSpec();
        String key = spec.parent() == null || spec.parent().parent() == null ? spec.name()
                : spec.parent().name() + "-" + spec.name();
        spec.usageMessage().description(text.get(key + ".description"));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put(String.valueOf(OK), text.get("exit.ok"));
        exitCodes.put(String.valueOf(FAILED), text.get("exit.failed"));
        exitCodes.put(String.valueOf(USAGE), text.get("exit.usage"));
        if (spec.name().equals("compare")) {
            exitCodes.put(String.valueOf(SKIPPED_SOME), text.get("exit.skipped"));
        }
        if (key.equals("deck-print")) {
            exitCodes.put(String.valueOf(SKIPPED_SOME), text.get("exit.tooLong"));
        }
        spec.usageMessage().exitCodeList(exitCodes);
        commandLine.getSubcommands().values().forEach(sub -> describe(sub, text));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Gives each command the texts it prints. */
    private record Factory(CliText text) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (var constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliText.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(text));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HurdleBoardCli.class.getPackage().getImplementationVersion();
            return new String[] {"Hurdle Board " + (version == null ? "development build" : version)};
        }
    }
}
