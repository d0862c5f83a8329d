package vn.coso;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture's rules as checks (STYLE.md, "Rules as checks, not habits"), with ArchUnit:
 * a broken rule fails the build instead of waiting for a reviewer. Plain JUnit, no Quarkus.
 */
class ArchitectureRulesTest {

    private static final String[] FEATURES = {"vn.coso.calendar..", "vn.coso.conferences..", "vn.coso.consultations..",
        "vn.coso.demo..", "vn.coso.documents..", "vn.coso.feedback..", "vn.coso.imports..", "vn.coso.inspections..",
        "vn.coso.me..", "vn.coso.modelpractices..", "vn.coso.party..", "vn.coso.regulations..", "vn.coso.reports..",
        "vn.coso.staff..", "vn.coso.trainings..", "vn.coso.units.."};

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
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.coso.common..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("features plug into common (ReportSection, ScopeGuard, ActionRules), never the reverse")
                .check(classes);
    }
}
