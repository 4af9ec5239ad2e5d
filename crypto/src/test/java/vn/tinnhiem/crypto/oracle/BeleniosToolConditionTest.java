package vn.tinnhiem.crypto.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The skip-locally / fail-on-CI policy of {@link RequiresBeleniosTool}, without the tool. */
class BeleniosToolConditionTest {

    private static BeleniosToolCondition condition(String ci, Path tool) {
        return new BeleniosToolCondition(new BeleniosToolCondition.Environment() {
            @Override
            public String get(String name) {
                return Map.of("CI", ci == null ? "" : ci).get(name);
            }

            @Override
            public Optional<Path> findTool() {
                return Optional.ofNullable(tool);
            }
        });
    }

    /** An ExtensionContext for a method of this class; nothing else is needed. */
    private static ExtensionContext context() {
        return (ExtensionContext) Proxy.newProxyInstance(
                BeleniosToolConditionTest.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getTestClass" -> Optional.of(BeleniosToolConditionTest.class);
                    case "getTestMethod" -> Optional.of(
                            BeleniosToolConditionTest.class.getDeclaredMethod("context"));
                    case "getDisplayName" -> "context()";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void toolPresentRuns() {
        BeleniosToolCondition c = condition("true", Path.of("/usr/bin/belenios-tool"));
        assertThat(c.evaluateExecutionCondition(context()).isDisabled()).isFalse();
        c.beforeEach(context());
        c.beforeAll(context());
    }

    @Test
    void toolAbsentLocallySkipsWithPrintedReason() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        ConditionEvaluationResult r;
        try {
            BeleniosToolCondition c = condition(null, null);
            r = c.evaluateExecutionCondition(context());
            c.beforeEach(context()); // no failure outside CI
        } finally {
            System.setOut(old);
        }
        assertThat(r.isDisabled()).isTrue();
        assertThat(r.getReason()).get().asString().contains("belenios-tool not found");
        assertThat(buf.toString(StandardCharsets.UTF_8))
                .startsWith("[SKIPPED] BeleniosToolConditionTest#context: belenios-tool not found");
        assertThat(silently(() -> condition("false", null).evaluateExecutionCondition(context()))
                .isDisabled()).isTrue();
    }

    /** Runs quietly: the condition prints to stdout, which would read like a real skip/failure. */
    private static <T> T silently(java.util.function.Supplier<T> action) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return action.get();
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void toolAbsentOnCiFails() {
        BeleniosToolCondition c = condition("true", null);
        assertThat(c.evaluateExecutionCondition(context()).isDisabled()).isFalse();
        assertThat(silently(() -> catchThrowable(() -> c.beforeEach(context()))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true");
        assertThat(silently(() -> catchThrowable(() -> c.beforeAll(context()))))
                .isInstanceOf(AssertionError.class);
    }
}
