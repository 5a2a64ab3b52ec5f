package org.hurdleboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hurdleboard.domain.Session;
import org.hurdleboard.store.SessionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    private final CliText text;

    @Spec
    CommandSpec spec;

    @Mixin
    MessagesLanguage language;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "option.sessionFile")
    Path file;

    CheckCommand(CliText text) {
        this.text = text;
    }

    @Override
    public Integer call() throws CliException {
        SessionFile.Contents contents = new SessionFiles(text).read(file, true);
        Session session = contents.session();
        int votes = session.rounds().stream().mapToInt(round -> session.totalVotes(round.id())).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.get("check.ok", file));
        out.println(text.get("check.version", contents.formatVersion(), SessionFile.FORMAT_VERSION));
        out.println(text.get("check.integrity"));
        out.println(text.get("check.summary", session.details().title(), session.details().date().toString(),
                session.deck().size(), session.deck().categories().size(), session.rounds().size(), votes));
        return HurdleBoardCli.OK;
    }
}
