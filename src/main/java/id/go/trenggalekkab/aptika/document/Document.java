package id.go.trenggalekkab.aptika.document;

import java.time.LocalDateTime;

/** A stored document's description; the content is read separately, only when downloaded. */
public record Document(
    String id,
    String kind,
    String fileName,
    String mimeType,
    int sizeBytes,
    String sha256,
    String processInstanceId,
    LocalDateTime createdAt,
    String createdBy) {

  /** The address a form links to; the download checks the reader's authorizations. */
  public String url() {
    return DocumentController.PATH + "/" + id;
  }
}
