package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the app shows comes from a bundle, so it can be translated: no control in the UI
 * code is given a string literal with letters in it (numbers and symbols such as "+" are fine).
 */
class NoHardCodedTextTest {
    private static final Pattern TEXT_IN_CODE = Pattern.compile(
            "(new (Label|Button|MenuItem|Menu|MenuButton|CheckBox|CheckMenuItem|RadioButton|ToggleButton"
                    + "|Tooltip|Text|Hyperlink|Tab|TitledPane)"
                    + "|\\.(setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText"
                    + "|setAccessibleHelp|setFullScreenExitHint))\\(\"([^\"]*\\p{L}[^\"]*)\"");

    @Test
    void noVisibleTextIsWrittenInTheUiCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hurdleboard/ui"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = TEXT_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternFindsTextWhereItIs() {
        assertThat(TEXT_IN_CODE.matcher("label.setText(\"Votes\")").find()).isTrue();
        assertThat(TEXT_IN_CODE.matcher("new Button(\"Undo\")").find()).isTrue();
        assertThat(TEXT_IN_CODE.matcher("new Button(\"+\")").find()).isFalse();
        assertThat(TEXT_IN_CODE.matcher("new Label(messages.get(\"board.undo\"))").find()).isFalse();
    }
}
