package vn.tinnhiem.crypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The election cryptography depends on the JDK only, so it can match Belenios bit for bit. */
@AnalyzeClasses(packages = "vn.tinnhiem.crypto", importOptions = ImportOption.DoNotIncludeTests.class)
class CryptoStaysPlainTest {
  @ArchTest
  static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("org.springframework..", "jakarta..", "com.fasterxml..", "picocli..");
}
