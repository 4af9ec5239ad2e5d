package vn.tinnhiem.server.voting;

/**
 * An accepted ballot: its tracking code (the ballot's hash, shown to the voter) and whether it
 * replaced an earlier ballot of the same credential.
 */
public record CastReceipt(String trackingCode, boolean replaced) {}
