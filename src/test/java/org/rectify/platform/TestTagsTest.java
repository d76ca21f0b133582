package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A newcomer without Chromium leaves the browser tests out with {@code -DexcludedGroups=browser}
 * (README): so every test class of the browser package carries the tag, directly or from its
 * support class.
 */
class TestTagsTest {

  @Test
  void everyBrowserTestIsTaggedBrowser() throws IOException {
    Path classes = Path.of("target/test-classes/org/rectify/browser");
    List<Class<?>> tests;
    try (Stream<Path> files = Files.list(classes)) {
      tests =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> "org.rectify.browser." + name.substring(0, name.length() - 6))
              .map(TestTagsTest::load)
              .filter(TestTagsTest::hasTests)
              .toList();
    }
    assertThat(tests).hasSizeGreaterThan(10);
    assertThat(tests)
        .filteredOn(test -> !test.getSimpleName().equals("JourneyCoverageTest"))
        .allSatisfy(
            test ->
                assertThat(AnnotationSupport.findRepeatableAnnotations(test, Tag.class))
                    .as(test.getSimpleName())
                    .extracting(Tag::value)
                    .contains("browser"));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, TestTagsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasTests(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Arrays.stream(c.getDeclaredMethods()).anyMatch(TestTagsTest::isTest)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTest(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().endsWith("Test"));
  }
}
