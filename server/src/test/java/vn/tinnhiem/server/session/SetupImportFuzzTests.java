package vn.tinnhiem.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * The XLSX import's reading of a file, whatever its bytes: it answers with rows or with
 * refusals, and never throws. In a normal run the seeds (the import template, a roll-call
 * export, damaged copies) are replayed; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SetupImportFuzzTests {

  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] bytes) {
    assertThat(SetupImport.read(bytes)).isNotNull();
  }

  @Test
  void theFilledSeedReadsAsRows() throws Exception {
    try (var in = getClass().getResourceAsStream(
        "SetupImportFuzzTestsInputs/readsOrRefuses/filled.xlsx")) {
      var read = SetupImport.read(in.readAllBytes());
      assertThat(read.isDone()).as(String.valueOf(read)).isTrue();
      assertThat(read.orElseThrow().members()).hasSize(3);
      assertThat(read.orElseThrow().subjects()).hasSize(3);
    }
  }

  @Test
  void theTemplateTheUsersDownloadReads() {
    var read = SetupImport.read(SetupImport.template());
    assertThat(read.isDone()).as(String.valueOf(read)).isTrue();
  }
}
