package org.coopbrief;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application context with the Spring Batch test utilities, on the shared
 * test profile ({@code src/test/resources/application-test.yml}: an in-memory database of its
 * own for each test context).
 * <p>
 * The {@code properties} a class gives are part of its context's cache key: a class that gives
 * its own (its reports folder, {@code coopbrief.reports-dir=target/test-reports/<name>}) gets a
 * context, and so a database, of its own; classes that give the same ones share both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBatchTest
@SpringBootTest
@ActiveProfiles("test")
public @interface CoopbriefTest {

    /** Extra properties in {@code key=value} form, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
