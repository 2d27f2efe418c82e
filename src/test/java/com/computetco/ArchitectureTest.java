package com.computetco;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.computetco.app.QuoteLibrary;
import com.computetco.app.ScenarioLoader;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteReader;
import com.computetco.io.ScenarioReader;
import com.computetco.report.ReportWriter;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The guide's house: the window and the CLI on top, the application services below them, then the report, the
     * vendor template, the narrative texts and the files, the engine, the rules, and the domain at the bottom.
     */
    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("com.computetco")
                .layer("Ui").definedBy("com.computetco.ui..")
                .layer("Cli").definedBy("com.computetco.cli..")
                .layer("App").definedBy("com.computetco.app..")
                .layer("Report").definedBy("com.computetco.report..")
                .layer("Template").definedBy("com.computetco.template..")
                .layer("Text").definedBy("com.computetco.text..")
                .layer("I18n").definedBy("com.computetco.i18n..")
                .layer("Io").definedBy("com.computetco.io..")
                .layer("Engine").definedBy("com.computetco.engine..")
                .layer("Rules").definedBy("com.computetco.rules..")
                .layer("Domain").definedBy("com.computetco.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
                // The template writer borrows the report's sheet writer and styles; the report knows no template.
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Template")
                .whereLayer("Template").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Report")
                .whereLayer("I18n").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Report", "Template", "Text")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Report", "Template")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Report", "Text")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Report", "Template", "Text",
                        "I18n", "Io")
                .withOptionalLayers(true)
                .check(classes);
    }

    /** Files and figures are apart: the engine reads no file, and reading a file is not evaluating it. */
    @Test
    void theEngineAndTheFilesAreIndependentAboveTheDomain() {
        noClasses().that().resideInAPackage("com.computetco.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.computetco.io..", "com.computetco.app..",
                        "com.computetco.report..", "com.computetco.template..")
                .check(classes);
    }

    /** The methodology and its records touch neither files nor the screen, so they run anywhere, fast. */
    @Test
    void theEngineAndTheDomainTouchNeitherFilesNorJavaFx() {
        noClasses().that().resideInAnyPackage("com.computetco.engine..", "com.computetco.domain..",
                        "com.computetco.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.nio.file..", "com.google.gson..",
                        "org.apache.poi..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .check(classes);
    }

    /** The terminal belongs to the CLI: the window and the services report through return values and dialogs. */
    @Test
    void onlyTheCliUsesTheStandardStreams() {
        noClasses().that().resideOutsideOfPackages("com.computetco.cli..", "com.computetco")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().accessField(System.class, "in")
                .check(classes);
    }

    private static final String[] UI_FEATURES = {"comparison", "export", "gallery", "help", "presentation", "preset",
        "quotes", "results", "risk", "scenario", "terms"};

    /**
     * A feature (results, risk, quotes…) knows only the kits (platform, state, document, fields) and what lies
     * below the ui; whatever two features share is passed in by the composition root in {@code ui}.
     */
    @Test
    void noUiFeatureImportsAnother() {
        for (String feature : UI_FEATURES) {
            String[] others = java.util.Arrays.stream(UI_FEATURES).filter(f -> !f.equals(feature))
                    .map(f -> "com.computetco.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("com.computetco.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("com.computetco.ui")
                    .because("the " + feature + " feature must not reach into another feature or the root")
                    .check(classes);
        }
    }

    /** The kits are below every feature: a kit never reaches up into a feature or the composition root. */
    @Test
    void theUiKitsKnowNoFeature() {
        String[] above = java.util.Arrays.stream(UI_FEATURES).map(f -> "com.computetco.ui." + f + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAnyPackage("com.computetco.ui.platform..", "com.computetco.ui.state..",
                        "com.computetco.ui.document..", "com.computetco.ui.fields..")
                .should().dependOnClassesThat().resideInAnyPackage(above)
                .orShould().dependOnClassesThat().resideInAPackage("com.computetco.ui")
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

    /** The composition roots: the window's services and assembly, the CLI, and the launcher that picks one. */
    private static final String[] ROOTS = {"com.computetco.ui.AppServices", "com.computetco.ui.AppAssembly",
        "com.computetco.cli.Cli", "com.computetco.Launcher"};

    private static DescribedPredicate<JavaClass> aCompositionRoot() {
        return DescribedPredicate.describe("a composition root", (JavaClass c) -> Arrays.stream(ROOTS)
                .anyMatch(root -> c.getName().equals(root) || c.getName().startsWith(root + "$")));
    }

    /**
     * Issue 14 §5: one engine per process, made by a composition root (the window's AppServices, the CLI's Cli) and
     * passed in. The engine's own risk analysis (engine.risk's after-tax figures) evaluates with an engine of its own:
     * it is the engine, not a user of it.
     */
    @Test
    void onlyTheCompositionRootsMakeAnEngine() {
        noClasses().that(DescribedPredicate.not(aCompositionRoot()))
                .and().resideOutsideOfPackage("com.computetco.engine..")
                .should().callConstructor(com.computetco.engine.TcoEngine.class)
                .check(classes);
    }

    /** A call of a constructor of one of SERVICES from another class (a service may chain its own constructors). */
    private static DescribedPredicate<JavaConstructorCall> constructs(Class<?>... services) {
        Set<String> names = Arrays.stream(services).map(Class::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe("a constructor of " + names, (JavaConstructorCall call) ->
                names.contains(call.getTargetOwner().getName())
                        && !call.getOriginOwner().getName().equals(call.getTargetOwner().getName()));
    }

    /**
     * Issue 14 §5: the services are made once, by a composition root, and passed in; no class makes its own reader,
     * loader, samples, quote library or report writer. The new option's quote templates read their fixed JSON with
     * a reader dated by their argument, so the quote they return depends on nothing else.
     */
    @Test
    void onlyTheCompositionRootsMakeTheServices() {
        noClasses().that(DescribedPredicate.not(aCompositionRoot()))
                .should().callConstructorWhere(constructs(ScenarioLoader.class, ScenarioReader.class,
                        BundledSamples.class, QuoteLibrary.class, ReportWriter.class))
                .check(classes);
        noClasses().that(DescribedPredicate.not(aCompositionRoot()))
                .and().doNotHaveFullyQualifiedName("com.computetco.ui.comparison.QuoteTemplates")
                .should().callConstructorWhere(constructs(QuoteReader.class))
                .check(classes);
    }

    /** Issue 14 §5: the day comes from the roots' one clock, so that tests can fix it. */
    @Test
    void onlyTheCompositionRootsReadTheSystemClock() {
        noClasses().that(DescribedPredicate.not(aCompositionRoot()))
                .should().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .check(classes);
    }

    /** Issue 14 §5: no statics: a static field is a constant, never state shared behind the roots' back. */
    @Test
    void noStaticFieldIsMutable() {
        fields().that().areStatic().should().beFinal().check(classes);
    }
}
