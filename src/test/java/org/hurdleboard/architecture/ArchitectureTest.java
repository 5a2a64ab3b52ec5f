package org.hurdleboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing inward: the core knows nothing of the screen or the file format. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hurdleboard");

    @Test
    void theDomainUsesNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.hurdleboard.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "com.fasterxml..", "org.hurdleboard.deck..", "org.hurdleboard.store..",
                        "org.hurdleboard.settings..", "org.hurdleboard.ui..", "org.hurdleboard.app..",
                        "org.hurdleboard.report..", "org.hurdleboard.cli..")
                .check(CLASSES);
    }

    @Test
    void decksKnowNothingOfScreensOrFiles() {
        noClasses().that().resideInAPackage("org.hurdleboard.deck..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.hurdleboard.store..", "org.hurdleboard.ui..", "org.hurdleboard.app..")
                .check(CLASSES);
    }

    @Test
    void theStoreKnowsNothingOfScreens() {
        noClasses().that().resideInAnyPackage("org.hurdleboard.store..", "org.hurdleboard.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hurdleboard.ui..",
                        "org.hurdleboard.app..")
                .check(CLASSES);
    }

    @Test
    void reportsAreMadeFromTheDomainAlone() {
        noClasses().that().resideInAPackage("org.hurdleboard.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.hurdleboard.deck..", "org.hurdleboard.store..", "org.hurdleboard.settings..",
                        "org.hurdleboard.ui..", "org.hurdleboard.cli..", "org.hurdleboard.app..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverStartsTheScreen() {
        noClasses().that().resideInAPackage("org.hurdleboard.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hurdleboard.ui..",
                        "org.hurdleboard.app..")
                .check(CLASSES);
    }

    /** The phone server knows the JDK, its web server, JSON and QR libraries, and its own package: no screen, no file, no workshop. */
    @Test
    void thePhoneServerStandsOnItsOwn() {
        classes().that().resideInAPackage("org.hurdleboard.phone..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        "com.fasterxml.jackson..", "org.eclipse.jetty..", "io.nayuki.qrcodegen..",
                        "org.hurdleboard.phone..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.hurdleboard.phone..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.awt..", "javax.swing..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("org.hurdleboard.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(CLASSES);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        for (String screen : new String[] {"start", "setup", "board", "deckeditor", "discuss"}) {
            noClasses().that().resideInAPackage("org.hurdleboard.ui." + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherScreens(screen))
                    .check(CLASSES);
        }
    }

    /** The wall kit dialog is opened from the board and the deck editor; it reaches into no screen itself. */
    @Test
    void theWallKitDialogReachesIntoNoScreen() {
        noClasses().that().resideInAPackage("org.hurdleboard.ui.wallkit..")
                .should().dependOnClassesThat().resideInAnyPackage(otherScreens("wallkit"))
                .check(CLASSES);
    }

    @Test
    void nothingButTheEntryPointUsesTheApp() {
        noClasses().that().resideOutsideOfPackage("org.hurdleboard.app..")
                .should().dependOnClassesThat().resideInAPackage("org.hurdleboard.app..")
                .check(CLASSES);
    }

    private static String[] otherScreens(String screen) {
        return java.util.stream.Stream.of("start", "setup", "board", "deckeditor", "discuss")
                .filter(s -> !s.equals(screen))
                .map(s -> "org.hurdleboard.ui." + s + "..").toArray(String[]::new);
    }

    /** What goes wrong is logged (see {@code AppLog}); only the command line and the entry point print. */
    @Test
    void onlyTheCommandLineAndTheEntryPointPrint() {
        noClasses().that().resideOutsideOfPackages("org.hurdleboard.cli..", "org.hurdleboard.app..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(CLASSES);
    }

    @Test
    void thePartsOfTheAppHaveNoCycles() {
        slices().matching("org.hurdleboard.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Board and discuss share the workshop model ({@code ui.workshop}); neither knows the other. */
    @Test
    void theScreensHaveNoCycles() {
        slices().matching("org.hurdleboard.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
