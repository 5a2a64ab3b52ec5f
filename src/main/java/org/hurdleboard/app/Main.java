package org.hurdleboard.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import org.hurdleboard.cli.HurdleBoardCli;
import org.hurdleboard.settings.AppHome;

/**
 * The entry point. A plain class, not the JavaFX {@code Application}, so the app starts from a
 * class path (a jar, an installer) without the JavaFX launcher's module checks.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // first of all, before a command or the window can load the database library
        unpackNativeCodeIntoAppFolder();
        // a command runs headless and exits: JavaFX is never started for it
        if (args.length > 0 && HurdleBoardCli.handles(args[0])) {
            System.exit(HurdleBoardCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        }
        List<String> arguments = Arrays.stream(args).map(Main::unquoted).toList();
        if (arguments.contains("--help") || arguments.contains("-h")) {
            usage(System.out);
            return;
        }
        if (arguments.contains("--version")) {
            String version = Main.class.getPackage().getImplementationVersion();
            System.out.println("Hurdle Board " + (version == null ? "development build" : version));
            return;
        }
        List<String> unknown = arguments.stream()
                .filter(arg -> arg.startsWith("-") && !arg.equals(HurdleBoardApp.DEMO_OPTION)).toList();
        if (!unknown.isEmpty() || arguments.size() > 1) {
            System.err.println("Hurdle Board: cannot use " + String.join(" ", unknown.isEmpty() ? arguments : unknown));
            usage(System.err);
            System.exit(2);
        }
        Application.launch(HurdleBoardApp.class, arguments.toArray(String[]::new));
    }

    /**
     * sqlite-jdbc unpacks its native library at first use; it goes to the user's app folder
     * rather than %TEMP%, where locked-down Windows often forbids running code (or a Linux
     * /tmp mounted noexec, or a temporary folder that is not there at all), for the window and
     * the command line alike. A packaged app that ships the library (org.sqlite.lib.path)
     * unpacks nothing.
     */
    static void unpackNativeCodeIntoAppFolder() {
        if (System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        java.nio.file.Path folder = AppHome.forCurrentUser().nativeLibraryFolder();
        try {
            java.nio.file.Files.createDirectories(folder);
            System.setProperty("org.sqlite.tmpdir", folder.toString());
        } catch (java.io.IOException | RuntimeException e) {
            // the temporary folder is still tried; if that fails too, the start screen says so
        }
    }

    /**
     * A path that arrives still wrapped in quotes, as "mvn javafx:run -Djavafx.args=..." passes a
     * quoted path with spaces, is unwrapped.
     */
    static String unquoted(String argument) {
        if (argument.length() >= 2) {
            char first = argument.charAt(0);
            if ((first == '"' || first == '\'') && argument.charAt(argument.length() - 1) == first) {
                return argument.substring(1, argument.length() - 1);
            }
        }
        return argument;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: hurdle-board [FILE.hurdles | --demo]");
        out.println("       hurdle-board report | compare | check | deck validate ...  (each with --help)");
        out.println();
        out.println("  FILE.hurdles   open this workshop's session file");
        out.println("  --demo         open a ready demo workshop");
        out.println("  --version      print the version and exit");
        out.println("  --help         print this help and exit");
    }
}
