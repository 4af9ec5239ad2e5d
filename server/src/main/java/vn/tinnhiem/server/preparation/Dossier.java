package vn.tinnhiem.server.preparation;

import java.time.OffsetDateTime;

/**
 * A file of a subject's dossier (its bytes are read only to download).
 *
 * @param id          database id
 * @param sessionId   the session
 * @param subjectId   whose dossier
 * @param fileName    the name it was uploaded with, cleaned
 * @param contentType from its bytes: PDF or DOCX
 * @param size        bytes
 * @param sha256      of the bytes, to compare copies
 * @param uploadedBy  username
 * @param uploadedAt  when
 */
public record Dossier(long id, long sessionId, long subjectId, String fileName,
    String contentType, int size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {}
