package vn.tinnhiem.server.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a browser test. Test and lifecycle methods may then declare a
 * {@link org.openqa.selenium.WebDriver} parameter: a fresh headless Chromium
 * (Debian's {@code chromium} driven by {@code chromedriver}, a new profile each
 * time), quit after the method, or after the class when taken in a
 * {@code @BeforeAll} method.
 *
 * <ul>
 *   <li>Chromium and chromedriver present ({@code $CHROMIUM_BIN}, else
 *       {@code /usr/bin/chromium}; {@code $CHROMEDRIVER_BIN}, else
 *       {@code /usr/bin/chromedriver}): the test runs.</li>
 *   <li>Absent and {@code CI} not {@code true}: the test is skipped, with the reason
 *       printed to stdout so it shows in the Maven log.</li>
 *   <li>Absent and {@code CI=true}: the test fails; CI must run the browser tests.</li>
 * </ul>
 *
 * A failing test leaves a screenshot in {@code target/screenshots/}. Tagged
 * {@code browser} for surefire's groups/excludedGroups.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
public @interface RequiresChromium {
}
