package vn.tinnhiem.server.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a photo upload is, from its bytes only (the file name and the browser's content type
 * are not trusted): JPEG or PNG by their magic bytes, and an image header the JDK reads with
 * sane dimensions. Nothing is decoded beyond the header.
 */
final class Photos {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_SIDE = 12_000;

  private Photos() {}

  /** {@code image/jpeg} or {@code image/png}, or empty when it is neither. */
  static Optional<String> type(byte[] bytes) {
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8
        && (bytes[2] & 0xff) == 0xFF) {
      return readable(bytes, "image/jpeg");
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (bytes.length > png.length) {
      for (int i = 0; i < png.length; i++) {
        if (bytes[i] != png[i]) {
          return Optional.empty();
        }
      }
      return readable(bytes, "image/png");
    }
    return Optional.empty();
  }

  private static Optional<String> readable(byte[] bytes, String type) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
      if (in == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        return w > 0 && h > 0 && w <= MAX_SIDE && h <= MAX_SIDE ? Optional.of(type)
            : Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a broken header is not a photo
    }
  }
}
