package org.rectify.supplier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/suppliers/blacklist}: blacklisted contractors with the rule, evidence and date.
 * {@code POST /api/suppliers/blacklist/{id}/removal}: lifting an entry needs a recorded leadership
 * decision; the product never removes entries by itself (domain §4.2.2).
 */
@RestController
@RequestMapping("/api/suppliers")
class BlacklistController {

  private final Blacklist blacklist;
  private final CurrentUser currentUser;

  BlacklistController(Blacklist blacklist, CurrentUser currentUser) {
    this.blacklist = blacklist;
    this.currentUser = currentUser;
  }

  @GetMapping("/blacklist")
  List<BlacklistEntry> blacklist() {
    return blacklist.active();
  }

  @PostMapping("/blacklist/{id}/removal")
  void remove(@PathVariable long id, @RequestBody RemovalRequest request) {
    if (request.decision() == null || request.decision().isBlank()) {
      throw ApiException.badRequest("移出黑名单须有领导集体决定的记录", "decision：不能为空");
    }
    if (request.decision().trim().length() > 500) {
      // the column's size: a longer text is a refusal naming the field, never a database error
      throw ApiException.badRequest("领导集体决定的记录过长，未移出", "decision：不能超过 500 字");
    }
    if (!blacklist.remove(
        id,
        request.decision().trim(),
        LocalDate.now(ZoneId.of("Asia/Shanghai")),
        currentUser.id())) {
      throw ApiException.notFound("黑名单中没有该条有效记录：" + id);
    }
  }

  record RemovalRequest(String decision) {}
}
