package org.rectify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where a workload's data lives: a fresh H2 file database under target/bench, or a fresh PostgreSQL database. */
enum Database {
  H2, PG;

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
    return "jdbc:h2:file:" + H2_DIR.toAbsolutePath().resolve(name)
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

  /** Spring properties that put the Rectify application on this database (its profile plus the URL). */
  List<String> springProperties(String url) {
    List<String> properties = new ArrayList<>();
    if (this == PG) {
      properties.add("spring.profiles.active=postgres");
      properties.add("camunda.bpm.admin-user.password=Bench-Only-Admin-2026");
    }
    properties.add("spring.datasource.url=" + url);
    properties.add("spring.datasource.username=" + user());
    properties.add("spring.datasource.password=" + password());
    return properties;
  }

  private static void delete(String name) {
    try {
      Files.createDirectories(H2_DIR);
      try (Stream<Path> files = Files.list(H2_DIR)) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("H2 files of " + name, e);
    }
  }
}
