package org.rectify.bench;

import java.util.List;
import java.util.Map;

/**
 * A configuration of the Rectify side: the product as configured ({@code product}) or the product with one setting
 * put back to its earlier value, so each tuning step is measured before/after in the same run against the same bare
 * engine. Properties are Spring properties given on the command line (highest precedence).
 */
record Variant(String name, String description, List<String> properties) {

  static final Map<String, Variant> ALL = Map.of(
      "product", new Variant("product", "Rectify as configured in application*.yaml", List.of()));

  static Variant named(String name) {
    Variant variant = ALL.get(name);
    if (variant == null) {
      throw new IllegalArgumentException("Unknown variant " + name + ", known: " + ALL.keySet());
    }
    return variant;
  }
}
