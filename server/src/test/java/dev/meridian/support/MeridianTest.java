package dev.meridian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A running Meridian on a random port with its own embedded PostgreSQL in a temporary folder. All test classes with
 * this annotation share one server (Spring caches the context), so tests create their own projects and users.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "meridian.durable=false",
        "meridian.bootstrap.demo-project=false",
        "meridian.pipeline.enabled=false",
        "meridian.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
        "meridian.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
        "logging.level.root=warn",
        "logging.level.dev.meridian=warn"})
@Import(TestDataDir.class)
public @interface MeridianTest {
}
