package dk.reimbursementdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house plan of docs/architecture.md, held by the build: ui -> service -> persistence -> domain,
 * with cli beside ui and app wiring them all; only persistence (and app, which opens the ledger)
 * speaks JDBC, Hibernate and Flyway; no feature package depends on another in a circle.
 */
@AnalyzeClasses(packages = "dk.reimbursementdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DATABASE_APIS = {"java.sql..", "javax.sql..", "org.hibernate..", "org.flywaydb..", "org.sqlite.."};

    /**
     * The entities' mapping metadata: jakarta.persistence annotations plus Hibernate's type code for
     * SQLite's INTEGER row ids (see ../shared/stack.md, "Ids"). Annotations only, no behaviour.
     */
    private static final DescribedPredicate<JavaClass> ENTITY_MAPPING_METADATA = JavaClass.Predicates.belongToAnyOf(
            org.hibernate.annotations.JdbcTypeCode.class, org.hibernate.type.SqlTypes.class);

    @ArchTest
    static final ArchRule onlyPersistenceAndAppSpeakToTheDatabase = noClasses()
            .that().resideOutsideOfPackages("dk.reimbursementdesk.persistence..", "dk.reimbursementdesk.app..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(DATABASE_APIS)
                    .and(DescribedPredicate.not(ENTITY_MAPPING_METADATA)))
            .as("only persistence (and app, for wiring) depends on java.sql, javax.sql, Hibernate, Flyway or sqlite-jdbc");

    @ArchTest
    static final ArchRule uiTouchesNoPersistence = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.persistence..", "jakarta.persistence..", "java.sql..", "org.hibernate..");

    @ArchTest
    static final ArchRule servicesKnowNoCallerAndNoJavaFx = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.ui..", "dk.reimbursementdesk.cli..", "dk.reimbursementdesk.app..", "javafx..");

    @ArchTest
    static final ArchRule commandLineTouchesNoPersistence = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.persistence..", "dk.reimbursementdesk.ui..", "javafx..");

    @ArchTest
    static final ArchRule persistenceKnowsNoLayerAbove = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.service..", "dk.reimbursementdesk.ui..", "dk.reimbursementdesk.cli..",
                    "dk.reimbursementdesk.app..", "javafx..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.service..", "dk.reimbursementdesk.ui..", "dk.reimbursementdesk.persistence..",
                    "dk.reimbursementdesk.app..", "dk.reimbursementdesk.cli..", "javafx..");

    @ArchTest
    static final ArchRule layersAreFreeOfCycles = slices()
            .matching("dk.reimbursementdesk.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("dk.reimbursementdesk.(*).(*)..")
            .should().beFreeOfCycles();
}
