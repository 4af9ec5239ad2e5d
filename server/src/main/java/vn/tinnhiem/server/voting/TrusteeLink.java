package vn.tinnhiem.server.voting;

/**
 * A trustee's secret link, shown once to the secretary to hand over: whoever holds
 * {@code token} acts as trustee {@code index}. The server keeps only its hash.
 */
public record TrusteeLink(int index, String memberName, String token) {

  public String path() {
    return "/trustee/" + token;
  }

  @Override
  public String toString() {
    return "TrusteeLink[" + index + ", " + memberName + "]"; // never the token
  }
}
