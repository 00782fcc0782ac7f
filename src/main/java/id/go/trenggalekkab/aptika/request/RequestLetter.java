package id.go.trenggalekkab.aptika.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The uploaded request letter (form variable {@code requestLetter}).
 *
 * <p>File name and mime type are kept for storing and showing the letter, but nothing here trusts
 * them: both are chosen by the uploading browser, so only the content decides whether the letter is
 * a PDF.
 *
 * @param content the bytes as uploaded; never changed afterwards (the record keeps a copy)
 * @param fileName the name the browser sent, may be null
 * @param mimeType the type the browser sent, may be null
 */
public record RequestLetter(byte[] content, String fileName, String mimeType) {

  /** The limit the Tasklist start form puts on the upload ({@code cam-max-filesize}), 5 MB. */
  public static final int MAX_SIZE_BYTES = 5_000_000;

  /** Every PDF file, whatever its version, begins with these bytes (ISO 32000-1, 7.5.2). */
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  public RequestLetter {
    Objects.requireNonNull(content, "content");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  public boolean isEmpty() {
    return content.length == 0;
  }

  /** Whether the content starts with the PDF header, the one thing a renamed file cannot fake. */
  public boolean startsLikePdf() {
    return content.length >= PDF_MAGIC.length
        && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestLetter that
        && Arrays.equals(content, that.content)
        && Objects.equals(fileName, that.fileName)
        && Objects.equals(mimeType, that.mimeType);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(fileName, mimeType) + Arrays.hashCode(content);
  }

  /** Leaves the bytes out: a letter of megabytes must not end up in a log line. */
  @Override
  public String toString() {
    return "RequestLetter[fileName="
        + fileName
        + ", mimeType="
        + mimeType
        + ", size="
        + content.length
        + "]";
  }
}
