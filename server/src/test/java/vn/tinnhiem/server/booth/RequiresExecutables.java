package vn.tinnhiem.server.booth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs outside programs (node, chromium, chromedriver). When one is
 * missing the test is skipped with a printed reason, except under {@code CI=true}, where it
 * fails: CI must run it. A program is looked up in the environment variable of its upper-case
 * name (CHROMEDRIVER), then on PATH.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ExecutablesCondition.class)
public @interface RequiresExecutables {
  /** Program names; each entry may list alternatives separated by "|". */
  String[] value();
}
