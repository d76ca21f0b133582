package org.rectify.report;

import java.nio.charset.StandardCharsets;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plans/{id}/archive.zip}: the plan's archive package ({@link PlanArchive}), for
 * the rectification office (the access matrix admits rectOffice and administrators only: the
 * package holds every department's evidence).
 */
@RestController
class PlanArchiveController {

  private final PlanArchive archive;
  private final CurrentUser currentUser;
  private final OrganizationDirectory organization;

  PlanArchiveController(
      PlanArchive archive, CurrentUser currentUser, OrganizationDirectory organization) {
    this.archive = archive;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @GetMapping("/api/plans/{id}/archive.zip")
  ResponseEntity<byte[]> archive(@PathVariable long id) {
    byte[] zip = archive.zip(id, organization.displayNameOf(currentUser.id()));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(archive.fileName(id), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(zip);
  }
}
