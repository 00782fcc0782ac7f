package id.go.trenggalekkab.aptika.letter;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An office document other than a letter (a report, a form) as a PDF with the same kop, page style
 * and font as the letters: its template under {@code templates/} may use the fragments of {@code
 * letters/common.xhtml}.
 */
@Component
public class OfficePdf {

  private final LetterHtml html;
  private final PdfRenderer renderer;

  OfficePdf(LetterHtml html, PdfRenderer renderer) {
    this.html = html;
    this.renderer = renderer;
  }

  /**
   * @param date the document's date, as {@code date} ("25 November 2026")
   * @param content the variables the template names beside the kop's
   */
  public byte[] render(String template, LocalDate date, Map<String, Object> content) {
    return renderer.render(html.document(template, false, date, content)).pdf();
  }
}
