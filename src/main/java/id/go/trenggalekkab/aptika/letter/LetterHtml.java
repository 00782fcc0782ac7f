package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The XHTML of the office's documents in the Tata Naskah Dinas layout, from the templates under
 * {@code templates/letters/}: the surat dinas ({@link Letter}) and the activity report, each with
 * the kop. A draft carries a KONSEP mark on every page and no number.
 */
@Component
class LetterHtml {

  static final String REPLY_LETTER = "letters/reply-letter.xhtml";
  static final String ACTIVITY_REPORT = "letters/activity-report.xhtml";

  private final LetterProperties properties;
  private final OfficeTemplates templates;
  private final String logo;

  LetterHtml(LetterProperties properties, OfficeTemplates templates) {
    this.properties = properties;
    this.templates = templates;
    this.logo = logo(properties.logo());
  }

  String letter(Letter letter) {
    Map<String, Object> model = common(letter.isDraft(), letter.date());
    model.put("number", letter.number());
    model.put("sifat", letter.sifat());
    model.put("lampiran", letter.lampiran());
    model.put("hal", letter.hal());
    model.put("addresseeTitle", letter.addresseeTitle());
    model.put("addresseePlace", letter.addresseePlace());
    model.put("body", letter.body());
    model.put("signatory", letter.signatory());
    model.put("tembusan", letter.tembusan());
    model.put("registration", blankToNull(letter.registration()));
    model.put("verificationUrl", letter.verificationUrl());
    return templates.render(REPLY_LETTER, model);
  }

  /** The activity report; {@code content} holds the variables its template names. */
  String report(boolean draft, LocalDate date, Map<String, Object> content) {
    return document(ACTIVITY_REPORT, draft, date, content);
  }

  /** Any office document with the kop: {@code content} holds the variables its template names. */
  String document(String template, boolean draft, LocalDate date, Map<String, Object> content) {
    Map<String, Object> model = common(draft, date);
    model.putAll(content);
    return templates.render(template, model);
  }

  private Map<String, Object> common(boolean draft, LocalDate date) {
    Map<String, Object> model = new HashMap<>();
    model.put("font", PdfRenderer.FONT_FAMILY);
    model.put("draft", draft);
    model.put("office", properties.office());
    model.put("logo", logo);
    model.put("date", IndonesianDates.format(date));
    return model;
  }

  static String blankToNull(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /**
   * The kop's logo as a data: address, read once from a file or the classpath, so that no letter
   * depends on the network; null without one.
   */
  private static String logo(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    String path = location.strip();
    Resource resource =
        path.startsWith("classpath:")
            ? new ClassPathResource(path.substring("classpath:".length()))
            : new FileSystemResource(path);
    String lower = path.toLowerCase(Locale.ROOT);
    String type =
        lower.endsWith(".png")
            ? "image/png"
            : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
    if (type == null) {
      throw new IllegalArgumentException(
          "aptika.letter.logo must be a PNG or JPEG image (.png, .jpg, .jpeg), not '" + path + "'");
    }
    try (InputStream in = resource.getInputStream()) {
      return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("aptika.letter.logo cannot be read: " + path, e);
    }
  }
}
