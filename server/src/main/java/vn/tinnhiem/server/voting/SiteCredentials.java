package vn.tinnhiem.server.voting;

/**
 * What the slip page of a site needs: the election it makes credentials for, how many voters
 * are present at the site, and how many public credentials were already uploaded (0 or all).
 */
public record SiteCredentials(String uuid, String group, int present, int issued) {}
