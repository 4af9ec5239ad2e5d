package vn.tinnhiem.server.system;

/**
 * Who may call an endpoint, for {@code @PreAuthorize}. One place for the
 * role matrix; a site secretary's restriction to one site is checked per
 * request on top (see {@code session.SessionAccess}).
 *
 * <table>
 *   <caption>Roles per kind of endpoint</caption>
 *   <tr><th>constant</th><th>roles</th><th>what</th></tr>
 *   <tr><td>READ</td><td>all five</td><td>pages that show a session</td></tr>
 *   <tr><td>SECRETARY</td><td>ADMIN, SECRETARY</td><td>set-up, corrections, opening
 *       the conference and voting, electing the counting board</td></tr>
 *   <tr><td>ROLL</td><td>ADMIN, SECRETARY, SITE_SECRETARY</td><td>roll call</td></tr>
 *   <tr><td>COUNTING</td><td>ADMIN, COUNTING_BOARD</td><td>ballot accounting, counts,
 *       closing the count</td></tr>
 *   <tr><td>END_VOTING</td><td>ADMIN, SECRETARY, COUNTING_BOARD</td><td>closing the ballot
 *       boxes</td></tr>
 * </table>
 */
public final class Access {

  public static final String READ =
      "hasAnyRole('ADMIN','SECRETARY','SITE_SECRETARY','COUNTING_BOARD','OBSERVER')";
  public static final String SECRETARY = "hasAnyRole('ADMIN','SECRETARY')";
  public static final String ROLL = "hasAnyRole('ADMIN','SECRETARY','SITE_SECRETARY')";
  public static final String COUNTING = "hasAnyRole('ADMIN','COUNTING_BOARD')";
  public static final String END_VOTING = "hasAnyRole('ADMIN','SECRETARY','COUNTING_BOARD')";

  private Access() {}
}
