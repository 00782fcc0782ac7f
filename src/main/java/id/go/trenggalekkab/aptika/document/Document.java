package id.go.trenggalekkab.aptika.document;

import java.time.LocalDateTime;

/**
 * A stored document's description; the content is read separately, only when downloaded. The file
 * name is always a safe one ({@code SafeFileName}), whatever name it was saved or stored with.
 */
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

  /** Rows stored before names were made safe are made safe when read, too. */
  public Document {
    fileName = SafeFileName.of(fileName, mimeType);
  }

  /** The address a form links to; the download checks the reader's authorizations. */
  public String url() {
    return DocumentController.PATH + "/" + id;
  }
}
