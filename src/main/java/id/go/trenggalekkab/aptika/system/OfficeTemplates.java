package id.go.trenggalekkab.aptika.system;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The office's wording: every letter, report, mail and page a person reads is a Thymeleaf template
 * under {@code src/main/resources/templates/}, named by its path there ({@code
 * letters/reply-letter.xhtml}). The ending picks the mode: {@code .xhtml} is XML (letters, which
 * openhtmltopdf reads, stay well-formed), {@code .html} a web page, {@code .txt} plain text
 * (mails). Values are escaped in the markup modes, so whatever a person typed comes out as text.
 */
@Component
public class OfficeTemplates {

  static final String FOLDER = "templates/";

  /** A mail as its template writes it: the first line is the subject, the rest the body. */
  public record MailText(String subject, String body) {}

  private final TemplateEngine engine = new TemplateEngine();

  public OfficeTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.XML, "*.xhtml", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 3));
  }

  public String render(String template, Map<String, ?> model) {
    Context context = new Context();
    model.forEach(context::setVariable);
    return engine.process(template, context);
  }

  /** A text template's first line as the subject, the lines after the blank one as the body. */
  public MailText mail(String template, Map<String, ?> model) {
    String text = render(template, model).strip();
    int end = text.indexOf('\n');
    if (end < 0) {
      throw new IllegalStateException("Template " + template + " has a subject but no body");
    }
    return new MailText(text.substring(0, end).strip(), text.substring(end + 1).strip());
  }

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(FOLDER);
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
