package vn.tinnhiem.server.voting;

/**
 * A counting-board member as trustee: what they have published so far (each null until
 * then), as JSON text exactly as received.
 */
record TrusteeRecord(long sessionId, int index, long memberId, String publicKey,
    String certificate, String polynomial, String voutput, String partialDecryption) {}
