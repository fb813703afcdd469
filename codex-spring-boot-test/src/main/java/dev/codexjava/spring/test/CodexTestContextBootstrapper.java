package dev.codexjava.spring.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps {@link CodexTest @CodexTest}: finds the {@code @SpringBootConfiguration}, adds its properties. */
class CodexTestContextBootstrapper extends TestSliceTestContextBootstrapper<CodexTest> {

}
