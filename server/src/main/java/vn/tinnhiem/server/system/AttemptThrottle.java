package vn.tinnhiem.server.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed attempts per key (a username, a client address) in a sliding window and says
 * when a key has failed too often. In memory, per node: a brake on guessing, not an audit
 * log. The number of keys is bounded so a flood of new keys cannot exhaust memory.
 */
public final class AttemptThrottle {

  static final int MAX_KEYS = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
          return size() > MAX_KEYS;
        }
      };

  public AttemptThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** Whether this key has used up its failures in the current window. */
  public synchronized boolean blocked(String key) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return false;
    }
    forgetOld(recent);
    return recent.size() >= maxFailures;
  }

  public synchronized void failed(String key) {
    Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    forgetOld(recent);
    recent.addLast(clock.instant());
  }

  /** A success clears the key's record (a user who finally typed the right password). */
  public synchronized void succeeded(String key) {
    failures.remove(key);
  }

  private void forgetOld(Deque<Instant> recent) {
    Instant cutoff = clock.instant().minus(window);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }
}
