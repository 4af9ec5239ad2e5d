package vn.tinnhiem.server.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an XLSX back: each row as its cells joined by " | ", rows by newlines. */
final class Xlsx {

  private Xlsx() {}

  static String text(byte[] xlsx) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter format = new DataFormatter();
      StringBuilder out = new StringBuilder();
      for (Sheet sheet : book) {
        out.append("# ").append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < row.getLastCellNum(); i++) {
            if (i > 0) {
              line.append(" | ");
            }
            line.append(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
          }
          out.append(line).append('\n');
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
