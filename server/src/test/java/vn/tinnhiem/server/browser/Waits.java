package vn.tinnhiem.server.browser;

import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits for browser tests that click through pages of the real application. */
public final class Waits {

  private Waits() {}

  /**
   * A wait whose condition may run while a click's page load replaces the document: an element
   * found on the old page can vanish before it is read, and Chrome reports that as a plain
   * {@link WebDriverException} ("cannot find context", "node is detached"), not only as a
   * stale element. Such errors mean "not yet"; the condition is unchanged, and the timeout's
   * message names the last error. A full test run once failed on this race (VotingBrowserTest).
   */
  public static WebDriverWait acrossPageLoads(WebDriver driver, Duration timeout,
      Duration poll) {
    WebDriverWait wait = new WebDriverWait(driver, timeout, poll);
    wait.ignoring(WebDriverException.class);
    return wait;
  }
}
