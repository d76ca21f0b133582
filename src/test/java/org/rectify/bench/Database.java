package org.rectify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Where a workload's data lives: a fresh H2 file database under target/bench, or a fresh PostgreSQL
 * database.
 */
enum Database {
  H2,
  PG;

  private static final Path H2_DIR = Path.of("target", "bench", "h2");

  String label() {
    return name().toLowerCase();
  }

  /** A new empty database named {@code name}; returns its JDBC URL. */
  String create(String name) {
    if (this == PG) {
      PostgresDatabases.recreate(name);
      return PostgresDatabases.url(name, "");
    }
    delete(name);
    return "jdbc:h2:file:"
        + H2_DIR.toAbsolutePath().resolve(name)
        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY";
  }

  void drop(String name) {
    if (this == PG) {
      PostgresDatabases.drop(name);
    } else {
      delete(name);
    }
  }

  String user() {
    return this == PG ? PostgresDatabases.USER : "sa";
  }

  String password() {
    return this == PG ? PostgresDatabases.PASSWORD : "";
  }

  /**
   * Spring properties that put the Rectify application on this database (its profile plus the URL).
   */
  List<String> springProperties(String url) {
    return springProperties(url, List.of());
  }

  /**
   * As {@link #springProperties(String)}; on H2 the URL carries the embedded default's options from
   * application.yaml (what a user of {@code ./mvnw spring-boot:run} gets), then {@code h2Options}
   * ("NAME=value") on top, so a variant can put one option back.
   */
  List<String> springProperties(String url, List<String> h2Options) {
    if (this == H2) {
      url = withOptions(withOptions(url, productH2Options()), h2Options);
    }
    List<String> properties = new ArrayList<>();
    if (this == PG) {
      properties.add("spring.profiles.active=postgres");
      properties.add("camunda.bpm.admin-user.password=Bench-Only-Secret-2026");
      // the benchmark's Tasklist sessions run over plain HTTP on loopback
      properties.add("RECTIFY_SECURE_COOKIES=false");
    }
    properties.add("spring.datasource.url=" + url);
    properties.add("spring.datasource.username=" + user());
    properties.add("spring.datasource.password=" + password());
    return properties;
  }

  /** The options ("NAME=value") of the embedded default's H2 URL in application.yaml. */
  static List<String> productH2Options() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    return Arrays.stream(url.split(";")).skip(1).toList();
  }

  /** The URL with each option set, replacing an option of the same name (H2 refuses duplicates). */
  static String withOptions(String url, List<String> options) {
    Map<String, String> merged = new LinkedHashMap<>();
    String[] parts = url.split(";");
    for (int i = 1; i < parts.length; i++) {
      merged.put(parts[i].substring(0, parts[i].indexOf('=')).toUpperCase(), parts[i]);
    }
    for (String option : options) {
      merged.put(option.substring(0, option.indexOf('=')).toUpperCase(), option);
    }
    return parts[0] + merged.values().stream().map(o -> ";" + o).collect(Collectors.joining());
  }

  private static void delete(String name) {
    try {
      Files.createDirectories(H2_DIR);
      try (Stream<Path> files = Files.list(H2_DIR)) {
        for (Path file :
            files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("H2 files of " + name, e);
    }
  }
}
