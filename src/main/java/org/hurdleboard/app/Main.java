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
    private static final long SHUTDOWN_HOOKS_MILLIS = 100;
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
        HurdleBoardApp.afterStop(Main::endProcess);
        Application.launch(HurdleBoardApp.class, arguments.toArray(String[]::new));
    }

    /**
     * Ends the process once the window's stop() has saved everything, on the FX thread itself.
     * Why there: the JVM, exiting, waits up to 300 ms for any thread running native code, and the
     * FX thread sits in GTK's native event loop unless it is the one exiting (measured: one exit in
     * three took 350 ms from another thread). JavaFX's own shutdown hook ("Glass/Prism Shutdown
     * Hook") then cannot hand work to the FX thread; the others (logging, JavaFX's temporary font
     * files) get their moment, and the process ends.
     */
    private static void endProcess() {
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_HOOKS_MILLIS);
                Runtime.getRuntime().halt(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hurdleboard-exit-deadline");
        deadline.setDaemon(true);
        deadline.start();
        System.exit(0);
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
