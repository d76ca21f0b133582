package org.rectify.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Chinese webapp translations against the English files shipped in the
 * camunda-webapp-webjar on the test classpath: same keys (nothing missing, nothing extra), same
 * placeholders and HTML tags, nothing left in English. Fails after a Camunda upgrade that adds
 * keys, listing them, so the translation is completed first.
 */
class WebappLocaleKeysTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|br|strong|em|b|i|span|code|p)\\b[^>]*>");

  /**
   * Values that are the same in both languages: identifiers, formats, operators, a product name, a
   * plural "s". Not "null": Cockpit prints it for an instance without business key or tenant (无).
   */
  private static final Set<String> SAME_IN_BOTH =
      Set.of(
          "", "ID", "ID*", "CSV", "JSON", "Optimize", "YYYY-MM-DDTHH:mm:ss", "<", "<=", ">", ">=");

  /** The English plural suffix appended to a noun ("instance" + "s") has no Chinese counterpart. */
  private static final String PLURAL_SUFFIX = "s";

  private static final List<String> DATE_LOCALE_FIELDS =
      List.of(
          "calendar",
          "longDateFormat",
          "months",
          "monthsShort",
          "relativeTime",
          "week",
          "weekdays",
          "weekdaysMin",
          "weekdaysShort");

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseHasExactlyTheKeysOfTheShippedEnglish(String app) throws IOException {
    JsonNode en = labels(app, "en");
    JsonNode zh = labels(app, "zh");

    Set<String> missing = difference(fieldNames(en), fieldNames(zh));
    Set<String> extra = difference(fieldNames(zh), fieldNames(en));

    List<String> problems = new ArrayList<>();
    missing.forEach(key -> problems.add("missing in zh.json: " + key));
    extra.forEach(key -> problems.add("not in the webjar's en.json: " + key));
    assertThat(problems).as("%s: key sets of zh.json and en.json differ", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseKeepsPlaceholdersAndMarkup(String app) throws IOException {
    JsonNode en = labels(app, "en");
    JsonNode zh = labels(app, "zh");
    List<String> mismatches = new ArrayList<>();
    en.fields()
        .forEachRemaining(
            entry -> {
              JsonNode translated = zh.get(entry.getKey());
              if (translated == null) {
                return;
              }
              String english = entry.getValue().asText();
              String chinese = translated.asText();
              if (!placeholders(english).equals(placeholders(chinese))) {
                mismatches.add(
                    entry.getKey()
                        + " placeholders "
                        + placeholders(english)
                        + " ≠ "
                        + placeholders(chinese));
              }
              if (!tags(english).equals(tags(chinese))) {
                mismatches.add(entry.getKey() + " HTML " + tags(english) + " ≠ " + tags(chinese));
              }
            });
    assertThat(mismatches).as("%s: placeholder or markup mismatches", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelIsTranslated(String app) throws IOException {
    JsonNode en = labels(app, "en");
    JsonNode zh = labels(app, "zh");
    List<String> untranslated = new ArrayList<>();
    en.fields()
        .forEachRemaining(
            entry -> {
              JsonNode translated = zh.get(entry.getKey());
              if (translated == null) {
                return;
              }
              String english = entry.getValue().asText().strip();
              String chinese = translated.asText().strip();
              boolean allowedEmpty = chinese.isEmpty() && english.equals(PLURAL_SUFFIX);
              if (!allowedEmpty && chinese.equals(english) && !SAME_IN_BOTH.contains(english)) {
                untranslated.add(entry.getKey() + " = " + english);
              }
              if (chinese.isEmpty() && !english.isEmpty() && !allowedEmpty) {
                untranslated.add(entry.getKey() + " is empty");
              }
            });
    assertThat(untranslated).as("%s: labels left in English or empty", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseDatesAreDefined(String app) throws IOException {
    JsonNode dateLocales = read(app, "zh").get("dateLocales");

    assertThat(dateLocales).as("%s: zh.json dateLocales", app).isNotNull();
    assertThat(fieldNames(dateLocales)).containsAll(DATE_LOCALE_FIELDS);
    assertThat(dateLocales.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
    assertThat(dateLocales.get("weekdays")).hasSize(7);
    assertThat(dateLocales.get("months")).hasSize(12);
  }

  private JsonNode labels(String app, String locale) throws IOException {
    JsonNode labels = read(app, locale).get("labels");
    assertThat(labels).as("%s/%s.json has labels", app, locale).isNotNull();
    return labels;
  }

  /**
   * English from Camunda's webjar, Chinese from the project: chosen by origin, whatever else is on
   * the path.
   */
  private JsonNode read(String app, String locale) throws IOException {
    String path = LOCALES.formatted(app, locale);
    boolean fromWebjar = locale.equals("en");
    URL source = null;
    for (URL url : Collections.list(getClass().getClassLoader().getResources(path))) {
      if (url.toString().contains(WEBJAR) == fromWebjar) {
        source = url;
      }
    }
    assertThat(source).as("%s from %s", path, fromWebjar ? WEBJAR : "the project").isNotNull();
    try (InputStream in = source.openStream()) {
      return mapper.readTree(in);
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) == null ? "{}" : matcher.group(1));
    }
    found.sort(null);
    return found;
  }

  private static List<String> tags(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = HTML_TAG.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }
}
