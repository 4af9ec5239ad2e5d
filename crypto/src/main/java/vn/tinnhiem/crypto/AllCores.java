package vn.tinnhiem.crypto;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Work spread over every core in a pool of its own, so a caller's common pool (a web server's,
 * say) is neither used nor starved, and the pool is gone when the work is done.
 */
public final class AllCores {
  private AllCores() {}

  /** Runs {@code body} for 0..n-1, in any order, and waits for all. */
  public static void forEach(int n, IntConsumer body) {
    run(() -> IntStream.range(0, n).parallel().forEach(body));
  }

  /** Maps 0..n-1, keeping order. */
  public static <T> List<T> map(int n, IntFunction<T> f) {
    ForkJoinPool pool = pool();
    try {
      return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(f).toList()).join();
    } finally {
      pool.shutdown();
    }
  }

  private static void run(Runnable work) {
    ForkJoinPool pool = pool();
    try {
      pool.submit(work).join();
    } finally {
      pool.shutdown();
    }
  }

  private static ForkJoinPool pool() {
    return new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }
}
