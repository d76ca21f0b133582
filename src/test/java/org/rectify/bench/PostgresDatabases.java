package org.rectify.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates and drops the benchmark's own PostgreSQL databases (local server, user postgres, trust
 * auth).
 */
final class PostgresDatabases {

  static final String HOST = System.getProperty("bench.pg.host", "127.0.0.1:5432");
  static final String USER = System.getProperty("bench.pg.user", "postgres");
  static final String PASSWORD = System.getProperty("bench.pg.password", "");

  private PostgresDatabases() {}

  static String url(String database, String parameters) {
    return "jdbc:postgresql://"
        + HOST
        + "/"
        + database
        + (parameters.isEmpty() ? "" : "?" + parameters);
  }

  static void recreate(String database) {
    execute("drop database if exists " + database + " with (force)");
    execute("create database " + database);
  }

  static boolean exists(String database) {
    try (Connection connection = DriverManager.getConnection(url("postgres", ""), USER, PASSWORD);
        var statement =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      statement.setString(1, database);
      return statement.executeQuery().next();
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + database, e);
    }
  }

  static void drop(String database) {
    execute("drop database if exists " + database + " with (force)");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url("postgres", ""), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + sql, e);
    }
  }
}
