package vn.tinnhiem.crypto.oracle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that runs the real {@code belenios-tool}.
 *
 * <ul>
 *   <li>Tool present ({@code $BELENIOS_TOOL}, else {@code belenios-tool} on {@code PATH}): the
 *       test runs.</li>
 *   <li>Tool absent, {@code CI} not {@code true}: the test is skipped, and the reason is printed
 *       to stdout so that it shows in the Maven log.</li>
 *   <li>Tool absent and {@code CI=true}: the test fails; CI must exercise the oracle.</li>
 * </ul>
 *
 * Also tags the test {@code belenios-tool} (usable with surefire's groups/excludedGroups).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("belenios-tool")
@ExtendWith(BeleniosToolCondition.class)
public @interface RequiresBeleniosTool {
}
