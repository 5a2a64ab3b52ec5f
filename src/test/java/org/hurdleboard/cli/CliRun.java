package org.hurdleboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command run in the test JVM, with what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // an English computer, whatever the test machine's language, unless the arguments ask for Welsh
        int code = HurdleBoardCli.run(args, new PrintWriter(out), new PrintWriter(err), java.util.Locale.UK);
        return new CliRun(code, out.toString(), err.toString());
    }
}
