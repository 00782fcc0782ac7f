package id.go.trenggalekkab.aptika.document;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the office's documents in the application's database, each tied to the process instance it
 * belongs to. Writes join the caller's transaction, so a refused start or a failed step leaves no
 * stored file behind.
 */
@Service
public class DocumentStore {

  private final JdbcClient jdbc;

  DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Document save(
      String kind,
      String fileName,
      String mimeType,
      byte[] content,
      String processInstanceId,
      String createdBy) {
    Document document =
        new Document(
            UUID.randomUUID().toString(),
            kind,
            fileName,
            mimeType,
            content.length,
            sha256(content),
            processInstanceId,
            OfficeTime.databaseNow(),
            createdBy);
    jdbc.sql(
            """
            insert into apt_document (id, kind, file_name, mime_type, size_bytes, sha256,
              content, process_instance_id, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            document.id(),
            kind,
            document.fileName(),
            mimeType,
            content.length,
            document.sha256(),
            content,
            processInstanceId,
            document.createdAt(),
            createdBy)
        .update();
    return document;
  }

  public Optional<Document> find(String id) {
    return jdbc.sql(
            """
            select id, kind, file_name, mime_type, size_bytes, sha256, process_instance_id,
              created_at, created_by
            from apt_document where id = ?""")
        .param(id)
        .query(Document.class)
        .optional();
  }

  public byte[] content(String id) {
    return jdbc.sql("select content from apt_document where id = ?")
        .param(id)
        .query(byte[].class)
        .single();
  }

  /** The hexadecimal SHA-256 of {@code content}, as stored with every document. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
