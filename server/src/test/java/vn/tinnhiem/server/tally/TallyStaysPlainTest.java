package vn.tinnhiem.server.tally;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The results arithmetic is plain Java, so documents and the command line can
 * reuse it; only the service and the web layer of the package use Spring.
 */
@AnalyzeClasses(packages = "vn.tinnhiem.server.tally", importOptions = ImportOption.DoNotIncludeTests.class)
class TallyStaysPlainTest {

  @ArchTest
  static final ArchRule calculationHasNoFramework = noClasses()
      .that().resideInAPackage("vn.tinnhiem.server.tally")
      .and().doNotHaveSimpleName("TallyService")
      .and().doNotHaveSimpleName("ResultsDemoController")
      .should().dependOnClassesThat()
      .resideInAnyPackage("org.springframework..", "jakarta..", "org.thymeleaf..");
}
