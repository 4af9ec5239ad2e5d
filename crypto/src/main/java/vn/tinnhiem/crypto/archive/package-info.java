/**
 * The Belenios {@code .bel} public board (specification section 4.4): an append-only, old-style
 * tar of hash-named JSON members whose events form a hash chain.
 *
 * <p>{@link vn.tinnhiem.crypto.archive.ArchiveReader} streams and strictly validates the tar
 * layout and member hashes; {@link vn.tinnhiem.crypto.archive.Chain} checks the event chain and
 * the canonical member order that belenios-tool insists on; {@link
 * vn.tinnhiem.crypto.archive.ArchiveWriter} and {@link vn.tinnhiem.crypto.archive.BoardWriter}
 * write byte-identical archives.
 */
package vn.tinnhiem.crypto.archive;
