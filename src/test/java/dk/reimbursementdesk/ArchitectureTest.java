package dk.reimbursementdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers point down: ui and cli -> service -> persistence -> domain; app wires them. */
@AnalyzeClasses(packages = "dk.reimbursementdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uiDoesNotTouchPersistenceOrHibernate = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.reimbursementdesk.persistence..", "org.hibernate..");

    /** The command line reaches the ledger only through service.Services, like the window's screens. */
    @ArchTest
    static final ArchRule cliDoesNotTouchPersistence = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.persistence..", "org.hibernate..", "java.sql..", "org.flywaydb..");

    @ArchTest
    static final ArchRule servicesDoNotKnowJavaFx = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.reimbursementdesk.service..", "dk.reimbursementdesk.ui..", "dk.reimbursementdesk.persistence..",
                    "dk.reimbursementdesk.app..", "dk.reimbursementdesk.cli..");

    @ArchTest
    static final ArchRule persistenceKnowsNoServiceOrUi = noClasses()
            .that().resideInAPackage("dk.reimbursementdesk.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.reimbursementdesk.service..", "dk.reimbursementdesk.ui..");
}
