package vn.tinnhiem.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Another process's figures from Linux's /proc; empty where there is no /proc. */
final class ProcStats {

  /** USER_HZ: the unit of /proc/PID/stat's CPU times; 100 on every Linux we run on. */
  private static final double TICKS_PER_SECOND = 100;

  private ProcStats() {}

  /** Peak resident set (VmHWM) in KiB. */
  static OptionalLong peakRssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"),
          StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // no such process, or not Linux
    }
    return OptionalLong.empty();
  }

  /** User plus system CPU seconds used so far by all the process's threads. */
  static OptionalDouble cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"),
          StandardCharsets.US_ASCII);
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalDouble.of((Long.parseLong(f[11]) + Long.parseLong(f[12]))
          / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /** CPU seconds all processes of the machine used so far (non-idle time in /proc/stat). */
  static OptionalDouble machineBusySeconds() {
    try {
      String cpu = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0);
      String[] f = cpu.trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(f[i]);
      }
      return OptionalDouble.of(busy / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }
}
