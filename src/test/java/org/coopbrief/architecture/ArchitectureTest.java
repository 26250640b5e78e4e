package org.coopbrief.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The layering README describes, checked on every build: feature packages without cycles, exports
 * that read the analysis and the dataset but not the orchestration or the load, and JDBC only in
 * the classes that own tables.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importTheMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coopbrief");
    }

    static final ArchRule NO_CYCLES =
            slices().matching("org.coopbrief.(*)..").should().beFreeOfCycles();

    static final ArchRule EXPORTS_READ_NEITHER_LOAD_NOR_ORCHESTRATION = noClasses()
            .that()
            .resideInAPackage("org.coopbrief.export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.coopbrief.ingest..",
                    "org.coopbrief.pipeline..",
                    "org.coopbrief.cli..",
                    "org.coopbrief.schedule..");

    static final ArchRule ANALYSIS_KNOWS_NO_EXPORT = noClasses()
            .that()
            .resideInAPackage("org.coopbrief.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.coopbrief.export..",
                    "org.coopbrief.ingest..",
                    "org.coopbrief.pipeline..",
                    "org.coopbrief.cli..");

    static final ArchRule LOW_PACKAGES_STAY_LOW = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.coopbrief.dataset..",
                    "org.coopbrief.run..",
                    "org.coopbrief.system..",
                    "org.coopbrief.localisation..",
                    "org.coopbrief.chart..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.coopbrief.analysis..",
                    "org.coopbrief.export..",
                    "org.coopbrief.ingest..",
                    "org.coopbrief.pipeline..",
                    "org.coopbrief.cli..",
                    "org.coopbrief.schedule..");

    static final ArchRule JDBC_ONLY_WHERE_TABLES_ARE_OWNED = noClasses()
            .that()
            .resideOutsideOfPackages("org.coopbrief.ingest..", "org.coopbrief.system..")
            .and()
            .doNotHaveFullyQualifiedName("org.coopbrief.dataset.DatasetReader")
            .and()
            .doNotHaveFullyQualifiedName("org.coopbrief.analysis.ResultTables")
            .and()
            .doNotHaveFullyQualifiedName("org.coopbrief.analysis.SnapshotTables")
            .and()
            // the batched insert those two tables' writers share
            .doNotHaveFullyQualifiedName("org.coopbrief.analysis.BatchInsert")
            .and()
            .doNotHaveFullyQualifiedName("org.coopbrief.delivery.Outbox")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @Test
    void topLevelPackagesHaveNoCycles() {
        NO_CYCLES.check(main);
    }

    @Test
    void exportsDependOnNeitherTheLoadNorTheOrchestration() {
        EXPORTS_READ_NEITHER_LOAD_NOR_ORCHESTRATION.check(main);
    }

    @Test
    void theAnalysisDependsOnNoExport() {
        ANALYSIS_KNOWS_NO_EXPORT.check(main);
    }

    @Test
    void lowPackagesDependOnNoFeature() {
        LOW_PACKAGES_STAY_LOW.check(main);
    }

    @Test
    void onlyTheDatasetReaderTheIngestTheAnalysisStoreAndTheSystemUseJdbc() {
        JDBC_ONLY_WHERE_TABLES_ARE_OWNED.check(main);
    }

    /** Positive controls: the rules see the classes and would catch a violation. */
    @Test
    void theRulesWouldCatchAViolation() {
        assertThat(main.size()).as("classes imported").isGreaterThan(100);
        EvaluationResult jdbc = noClasses()
                .that()
                .resideInAPackage("org.coopbrief.dataset..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..")
                .evaluate(main);
        assertThat(jdbc.hasViolation())
                .as("the dataset reader does use JDBC: the rule sees such dependencies")
                .isTrue();
        EvaluationResult cli = noClasses()
                .that()
                .resideInAPackage("org.coopbrief.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.coopbrief.system..")
                .evaluate(main);
        assertThat(cli.hasViolation())
                .as("the CLI does use the job runner: the rule sees package dependencies")
                .isTrue();
    }
}
