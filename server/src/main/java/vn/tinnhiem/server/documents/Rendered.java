package vn.tinnhiem.server.documents;

import java.util.Objects;

/**
 * A file ready to download.
 *
 * @param fileName e.g. "bien-ban-kiem-phieu.pdf"
 * @param format   its format
 * @param bytes    its content
 */
public record Rendered(String fileName, Format format, byte[] bytes) {

  public Rendered {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bytes, "bytes");
  }
}
