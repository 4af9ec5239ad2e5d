package vn.tinnhiem.server.history;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.account.AccountUser;

/** For {@code @PreAuthorize("@historyReaders.allows(authentication)")}: the secretary's choice. */
@Component("historyReaders")
class HistoryReaders {

  private final HistoryService history;

  HistoryReaders(HistoryService history) {
    this.history = history;
  }

  public boolean allows(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof AccountUser user
        && history.mayRead(user.getRole());
  }
}
