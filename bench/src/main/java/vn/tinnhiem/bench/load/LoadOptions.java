package vn.tinnhiem.bench.load;

import java.nio.file.Path;

/**
 * What {@link CastLoad} is asked to do.
 *
 * @param workdir where the load server left {@code seed/} and {@code server/}; ballots are
 *     cached in {@code ballots/}
 * @param concurrency casts in flight at most (voters at the booth at once)
 * @param maxSeconds no new cast starts after this many seconds of the cast phase
 * @param timeoutSeconds one cast's answer is awaited this long, then counted as a timeout
 * @param warmup casts before the measured ones, one at a time, to warm the server's JIT; they
 *     use the first voters' credentials, whose measured casts then replace them
 * @param baseline ballots timed with the bare check in this process (after two untimed ones)
 * @param reuse take the ballots cached in {@code ballots/} when they fit the election
 * @param quietWait before the baseline and before the casts, wait up to this many seconds for
 *     the machine to be quiet (0: do not wait)
 */
public record LoadOptions(Path workdir, int concurrency, int maxSeconds, int timeoutSeconds,
    int warmup, int baseline, boolean reuse, int quietWait) {

  public static final String USAGE = """
      usage: CastLoad --workdir DIR [--concurrency C] [--max-seconds T] [--timeout-seconds T]
                      [--warmup W] [--baseline N] [--reuse] [--quiet-wait S]""";

  public LoadOptions {
    if (workdir == null) {
      throw new IllegalArgumentException("--workdir is required");
    }
    atLeast("--concurrency", concurrency, 1);
    atLeast("--max-seconds", maxSeconds, 1);
    atLeast("--timeout-seconds", timeoutSeconds, 1);
    atLeast("--warmup", warmup, 0);
    atLeast("--baseline", baseline, 1);
    atLeast("--quiet-wait", quietWait, 0);
  }

  public static LoadOptions parse(String... args) {
    Path workdir = null;
    int concurrency = 20;
    int maxSeconds = 300;
    int timeoutSeconds = 120;
    int warmup = 5;
    int baseline = 5;
    boolean reuse = false;
    int quietWait = 0;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      String value = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (name.equals("--reuse")) {
        reuse = true;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--workdir" -> workdir = Path.of(value);
        case "--concurrency" -> concurrency = number(name, value);
        case "--max-seconds" -> maxSeconds = number(name, value);
        case "--timeout-seconds" -> timeoutSeconds = number(name, value);
        case "--warmup" -> warmup = number(name, value);
        case "--baseline" -> baseline = number(name, value);
        case "--quiet-wait" -> quietWait = number(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new LoadOptions(workdir, concurrency, maxSeconds, timeoutSeconds, warmup, baseline,
        reuse, quietWait);
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, not " + value);
    }
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
    }
  }
}
