package org.rectify.report;

import java.util.List;
import org.rectify.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notice's paragraph per measure over HTTP (Tasklist, 办公室工作 → 通报段落): the notice's readers see
 * the paragraphs of a plan and a measure's history; the rectification office and administrators
 * change a paragraph (access matrix).
 */
@RestController
class MeasureNarrativeController {

  private final MeasureNarratives narratives;
  private final CurrentUser currentUser;

  MeasureNarrativeController(MeasureNarratives narratives, CurrentUser currentUser) {
    this.narratives = narratives;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/plans/{id}/narratives")
  List<MeasureNarratives.Item> ofPlan(@PathVariable long id) {
    return narratives.ofPlan(id);
  }

  @GetMapping("/api/measures/{code}/narrative/history")
  MeasureNarratives.View history(@PathVariable String code) {
    return narratives.view(code);
  }

  @PutMapping("/api/measures/{code}/narrative")
  MeasureNarratives.View save(
      @PathVariable String code, @RequestBody(required = false) MeasureNarratives.Edit request) {
    return narratives.save(code, request, currentUser.id());
  }
}
