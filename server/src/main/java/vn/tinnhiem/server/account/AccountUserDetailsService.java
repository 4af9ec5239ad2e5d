package vn.tinnhiem.server.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads sign-in accounts from {@code app_user}. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts.findByUsername(username)
        .map(AccountUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
