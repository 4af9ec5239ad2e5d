package vn.tinnhiem.server.preparation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a dossier upload is, from its bytes only (names and the browser's type are not
 * trusted): a PDF by its header, or a DOCX: a ZIP whose entries include the Word document
 * part and the content types part.
 */
final class Files {

  static final String PDF = "application/pdf";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final int MAX_ENTRIES = 5000;

  private Files() {}

  static Optional<String> type(byte[] bytes) {
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) && isWordDocument(bytes)) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }

  private static boolean isWordDocument(byte[] bytes) {
    boolean document = false;
    boolean contentTypes = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
        document |= entry.getName().equals("word/document.xml");
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        if (document && contentTypes) {
          return true;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return false; // a broken archive is not a document
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The last part of an uploaded name, without control characters, with the right extension. */
  static String cleanName(String original, String type) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    String extension = PDF.equals(type) ? ".pdf" : ".docx";
    if (name.isEmpty()) {
      name = "dossier";
    }
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
      name = name + extension;
    }
    if (name.length() > 200) {
      name = name.substring(0, 200 - extension.length()) + extension;
    }
    return name;
  }
}
