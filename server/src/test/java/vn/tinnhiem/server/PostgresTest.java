package vn.tinnhiem.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the {@code postgres} profile on the embedded
 * PostgreSQL of {@link TestPostgres}. Every class with this annotation gets
 * the same configuration, so they share one cached application context (and
 * one database: tests must not expect empty tables). An H2 test class is
 * repeated on PostgreSQL by a subclass with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
public @interface PostgresTest {}
