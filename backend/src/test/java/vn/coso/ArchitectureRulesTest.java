package vn.coso;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The architecture's rules as checks (STYLE.md, "Rules as checks, not habits"), with ArchUnit:
 * a broken rule fails the build instead of waiting for a reviewer. Plain JUnit, no Quarkus.
 */
class ArchitectureRulesTest {

    /**
     * The features (packages below vn.coso other than common) and the only other features each may
     * use. Everything else goes through common (ScopeGuard, ReportSection, ActionRules, ImportKind's
     * kernel in imports…). A new feature, or a new neighbour, is declared here, on purpose.
     */
    static final Map<String, Set<String>> NEIGHBOURS = Map.ofEntries(
            entry("attachments", Set.of()),
            // The people's boards and the Front: their critiques answer a consultation.
            entry("boards", Set.of("attachments", "consultations", "units")),
            entry("calendar", Set.of()),
            entry("committees", Set.of("units")),
            entry("conferences", Set.of("attachments", "imports", "units")),
            entry("consultations", Set.of("attachments", "units")),
            // The demo only orchestrates: each feature writes its own tables' demo rows (its *DemoRecords),
            // the demo calls them in order under its lock and applies its reorganisations through the
            // reorganisation service; it writes nothing itself (demoWritesThroughTheFeatures).
            entry("demo", Set.of("boards", "committees", "conferences", "consultations", "disclosures", "documents",
                    "feedback", "inspections", "modelpractices", "party", "regulations", "reorganisations",
                    "trainings", "units")),
            entry("disclosures", Set.of("attachments", "imports", "units")),
            entry("documents", Set.of("attachments", "party", "units")),
            entry("feedback", Set.of("attachments", "calendar", "units")),
            // The imports kernel: the job machinery and the plug-in types the features' kinds implement.
            entry("imports", Set.of()),
            // An inspection may be led by a citizen's feedback (read through FeedbackService).
            entry("inspections", Set.of("attachments", "feedback", "party", "units")),
            entry("me", Set.of("units")),
            entry("modelpractices", Set.of("attachments", "units")),
            entry("notifications", Set.of("staff", "units")),
            entry("party", Set.of("imports", "units")),
            entry("regulations", Set.of("consultations", "imports", "units")),
            entry("reorganisations", Set.of("units")),
            entry("reports", Set.of("units")),
            entry("scheduling", Set.of()),
            entry("staff", Set.of("units")),
            entry("trainings", Set.of("imports", "party", "units")),
            entry("units", Set.of("imports")),
            entry("webhooks", Set.of("units")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.coso");
    }

    @Test
    void resourcesNeverTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a resource calls one service method; services own queries and transactions")
                .check(classes);
    }

    @Test
    void onlyUnitsResolvesScope() {
        noClasses().that().resideOutsideOfPackage("vn.coso.units..")
                .should().dependOnClassesThat().haveSimpleName("UnitScopeService")
                .because("features ask vn.coso.common.security.ScopeGuard, the one permission checker")
                .check(classes);
    }

    @Test
    void demoWritesThroughTheFeatures() {
        noClasses().that().resideInAPackage("vn.coso.demo..")
                // A connection is handed to the features' writers; statements, result sets and native
                // queries are theirs: no INSERT, UPDATE or SELECT is written here.
                .should().dependOnClassesThat(resideInAPackage("java.sql..")
                        .and(not(belongToAnyOf(Connection.class, SQLException.class))))
                .orShould().dependOnClassesThat().resideInAPackage("javax.sql..")
                .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
                .because("each feature writes its own tables' demo rows (its *DemoRecords, in batches); the demo"
                        + " package only orders them, under the lock of common.demo.DemoLock (issue 13, item 5)")
                .check(classes);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.coso.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        NEIGHBOURS.keySet().stream().map(f -> "vn.coso." + f + "..").toArray(String[]::new))
                .because("features plug into common (ReportSection, ScopeGuard, ActionRules), never the reverse")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.coso.(*)..")
                .should().beFreeOfCycles()
                .because("a feature that needs another's internals, and is needed by it, is one feature in two places")
                .check(classes);
    }

    @Test
    void everyFeatureDeclaresItsNeighbours() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> {
            String name = c.getPackageName();
            if (name.startsWith("vn.coso.")) {
                String top = name.substring("vn.coso.".length()).split("\\.")[0];
                if (!top.equals("common")) {
                    packages.add(top);
                }
            }
        });
        assertEquals(new TreeSet<>(NEIGHBOURS.keySet()), packages,
                "every feature package has a line in NEIGHBOURS (and every line a package)");
    }

    @Test
    void featuresDependOnlyOnCommonAndTheirDeclaredNeighbours() {
        NEIGHBOURS.forEach((feature, allowed) -> {
            String[] others = NEIGHBOURS.keySet().stream()
                    .filter(other -> !other.equals(feature) && !allowed.contains(other))
                    .map(other -> "vn.coso." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.coso." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because(feature + " may use common and " + (allowed.isEmpty() ? "no other feature" : allowed)
                            + " (ArchitectureRulesTest.NEIGHBOURS)")
                    .check(classes);
        });
    }
}
