package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * History must not grow for ever: every executable process and every decision in {@code processes/}
 * declares {@code camunda:historyTimeToLive}, so the nightly history cleanup (01:00–05:00,
 * removal-time based) removes it. Checked on the files, so a model added later without it fails
 * here and not at a customer's start-up.
 */
class HistoryTimeToLiveTest {

  private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  @Test
  void everyProcessAndDecisionDeclaresAHistoryTimeToLive() throws Exception {
    List<String> checked = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path model : models()) {
      Document document = parse(model);
      for (String tag : List.of("process", "decision")) {
        NodeList elements = document.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < elements.getLength(); i++) {
          Element element = (Element) elements.item(i);
          if ("process".equals(tag) && "false".equals(element.getAttribute("isExecutable"))) {
            continue;
          }
          String ttl =
              element.getAttributeNS(
                  "process".equals(tag) ? CAMUNDA_BPMN : CAMUNDA_DMN, "historyTimeToLive");
          (ttl.isBlank() ? missing : checked)
              .add(model.getFileName() + "#" + element.getAttribute("id") + " " + ttl);
        }
      }
    }
    assertThat(missing).as("models without camunda:historyTimeToLive").isEmpty();
    assertThat(checked)
        .hasSizeGreaterThanOrEqualTo(13)
        .allSatisfy(entry -> assertThat(entry).matches(".* P\\d+D"));
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files
          .filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
          .sorted()
          .toList();
    }
  }

  private static Document parse(Path model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(model.toFile());
  }
}
