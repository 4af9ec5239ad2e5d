package vn.tinnhiem.crypto.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only reader for the tar files belenios-tool writes ({@code <uuid>.bel}): old-style v7
 * headers, 512-byte blocks, no end-of-archive blocks. It checks each header's checksum and
 * returns the members in order. It is meant to inspect fixtures and oracle output, not to be the
 * production archive reader.
 */
public final class BelArchiveReader {

    /** One tar member. {@code mtime} is seconds since the epoch. */
    public record Member(String name, long mtime, String mode, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private BelArchiveReader() {
    }

    public static List<Member> read(Path archive) throws IOException {
        return read(Files.readAllBytes(archive));
    }

    public static List<Member> read(byte[] bytes) {
        if (bytes.length % 512 != 0) {
            throw new IllegalArgumentException("archive length " + bytes.length
                    + " is not a multiple of 512");
        }
        List<Member> members = new ArrayList<>();
        int off = 0;
        while (off < bytes.length) {
            if (isZeroBlock(bytes, off)) {
                throw new IllegalArgumentException("zero block at offset " + off
                        + " (belenios archives have no end-of-archive blocks)");
            }
            String name = cString(bytes, off, 100);
            String mode = cString(bytes, off + 100, 8);
            long size = octal(bytes, off + 124, 12);
            long mtime = octal(bytes, off + 136, 12);
            long checksum = octal(bytes, off + 148, 8);
            char type = (char) bytes[off + 156];
            if (type != '0') {
                throw new IllegalArgumentException("member " + name + ": type flag '" + type
                        + "', expected '0'");
            }
            long sum = 0;
            for (int i = 0; i < 512; i++) {
                boolean inChecksumField = i >= 148 && i < 156;
                sum += inChecksumField ? ' ' : (bytes[off + i] & 0xff);
            }
            if (sum != checksum) {
                throw new IllegalArgumentException("member " + name + ": bad header checksum");
            }
            off += 512;
            if (off + size > bytes.length) {
                throw new IllegalArgumentException("member " + name + " is truncated");
            }
            byte[] content = new byte[(int) size];
            System.arraycopy(bytes, off, content, 0, (int) size);
            members.add(new Member(name, mtime, mode, content));
            off += (int) ((size + 511) / 512 * 512);
        }
        return members;
    }

    /**
     * The archive prefix that ends right after the first event of type {@code eventType}
     * (e.g. "EncryptedTally"). Belenios archives have no end blocks, so the prefix is itself a
     * valid archive of an earlier stage, which belenios-tool verifies and extends.
     */
    public static byte[] cutAfterFirstEvent(byte[] archive, String eventType) {
        int off = 0;
        String marker = "\"type\":\"" + eventType + "\"";
        for (Member m : read(archive)) {
            off += 512 + (m.content().length + 511) / 512 * 512;
            if (m.name().endsWith(".event.json") && m.text().contains(marker)) {
                return java.util.Arrays.copyOf(archive, off);
            }
        }
        throw new IllegalArgumentException("no " + eventType + " event");
    }

    private static boolean isZeroBlock(byte[] b, int off) {
        for (int i = 0; i < 512; i++) {
            if (b[off + i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }

    private static long octal(byte[] b, int off, int len) {
        String s = cString(b, off, len).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
