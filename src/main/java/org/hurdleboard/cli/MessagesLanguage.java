package org.hurdleboard.cli;

import picocli.CommandLine.Option;

/**
 * {@code --language en|cy} on the commands that write no report: the language of their messages.
 * {@link HurdleBoardCli} reads it before parsing, since the help itself is worded in it; picocli
 * only checks that it is one of the two.
 */
final class MessagesLanguage {
    enum Choice { EN, CY }

    @Option(names = {"-l", "--language"}, paramLabel = "LANGUAGE", descriptionKey = "option.messages")
    Choice language;
}
