package com.computetco;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of shared/design/architecture.md: dependencies point one way, and only ui knows JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.computetco");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("com.computetco")
                .layer("Ui").definedBy("com.computetco.ui..")
                .layer("Cli").definedBy("com.computetco.cli..")
                .layer("App").definedBy("com.computetco.app..")
                .layer("Export").definedBy("com.computetco.export..")
                .layer("Text").definedBy("com.computetco.i18n..")
                .layer("Io").definedBy("com.computetco.io..")
                .layer("Engine").definedBy("com.computetco.engine..")
                .layer("Rules").definedBy("com.computetco.rules..")
                .layer("Domain").definedBy("com.computetco.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Ui", "Cli", "Export", "App")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Ui", "Cli", "Export", "App")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Ui", "Cli", "Export", "Text", "App")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Ui", "Cli", "Export", "Text", "Io", "App")
                .withOptionalLayers(true)
                .check(classes);
    }

    /** Reading a file is not evaluating it: the finiteness check lives in the application service. */
    @Test
    void ioDoesNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("com.computetco.io..")
                .should().dependOnClassesThat().resideInAnyPackage("com.computetco.engine..")
                .check(classes);
    }

    /** The rules are stated on the domain alone, so the window, the CLI and the readers can all apply them. */
    @Test
    void rulesDependOnlyOnTheDomainAndJava() {
        classes().that().resideInAPackage("com.computetco.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.computetco.rules..",
                        "com.computetco.domain..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.computetco.ui..", "com.computetco")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theLauncherReachesJavaFxOnlyThroughTheUi() {
        noClasses().that().resideInAPackage("com.computetco")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchScenesOrStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theDomainDependsOnNothingOfTheApp() {
        noClasses().that().resideInAPackage("com.computetco.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..", "org.apache.poi..")
                .check(classes);
    }

    /**
     * The offline guarantee: no class of the app opens a network connection. The allow-list is empty; local
     * resources are read through class loaders and files, never through URL connections.
     */
    @Test
    void noClassOpensANetworkConnection() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.JarURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .check(classes);
    }

    /**
     * Issue 14 §5: one engine per process, made by a composition root (the window's AppServices, the CLI's Cli) and
     * passed in. The engine's own risk analysis may make one; ScenarioLoader's convenience constructor goes when the
     * finiteness check leaves io (issue 14 §1).
     */
    @Test
    void onlyTheCompositionRootsMakeAnEngine() {
        noClasses().that().doNotHaveFullyQualifiedName("com.computetco.ui.AppServices")
                .and().doNotHaveFullyQualifiedName("com.computetco.cli.Cli")
                .and().doNotHaveFullyQualifiedName("com.computetco.app.ScenarioLoader")
                .and().resideOutsideOfPackage("com.computetco.engine..")
                .should().callConstructor(com.computetco.engine.TcoEngine.class)
                .check(classes);
    }
}
