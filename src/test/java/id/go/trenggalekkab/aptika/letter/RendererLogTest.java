package id.go.trenggalekkab.aptika.letter;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * The letter renderer writes through the application's log, under its own logger names, and at the
 * levels of application.yaml a rendered letter adds no line to it.
 */
@ExtendWith(OutputCaptureExtension.class)
class RendererLogTest {

  static final String RENDERER = "com.openhtmltopdf";
  static final String STANDARD_FONTS = "org.apache.pdfbox.pdmodel.font.PDType1Font";

  final LetterProperties properties = LetterFixtures.properties();
  final List<Logger> loggers =
      List.of(
          (Logger) LoggerFactory.getLogger(RENDERER),
          (Logger) LoggerFactory.getLogger(STANDARD_FONTS));
  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void listen() {
    log.start();
    loggers.forEach(logger -> logger.addAppender(log));
  }

  @AfterEach
  void stopListening() {
    loggers.forEach(
        logger -> {
          logger.detachAppender(log);
          logger.setLevel(null);
        });
  }

  @Test
  void theRenderersMessagesGoThroughTheApplicationsLogAndNotToStandardError(CapturedOutput output) {
    loggers.forEach(logger -> logger.setLevel(Level.INFO));

    render();

    assertThat(log.list)
        .extracting(ILoggingEvent::getLoggerName)
        .anyMatch(name -> name.startsWith(RENDERER + "."))
        .contains(STANDARD_FONTS);
    assertThat(output.getErr()).doesNotContain(RENDERER);
  }

  @Test
  void atTheLevelsOfTheApplicationALetterAddsNoLineToTheLog() throws Exception {
    atTheApplicationsLevels();

    render();

    assertThat(loggers).allMatch(logger -> logger.getLevel() != null);
    assertThat(log.list).isEmpty();
  }

  @Test
  void aWarningOfTheRendererIsStillWritten() throws Exception {
    atTheApplicationsLevels();

    // an image that cannot be read: the renderer warns and draws the letter without it
    new PdfRenderer(properties)
        .render("<html><body><p>Surat</p><img src=\"file:/tidak/ada/logo.png\"/></body></html>");

    assertThat(log.list)
        .isNotEmpty()
        .allMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
        .allMatch(event -> event.getLoggerName().startsWith(RENDERER + "."))
        .allMatch(event -> event.getFormattedMessage().contains("file:/tidak/ada/logo.png"));
  }

  private void atTheApplicationsLevels() {
    Properties settings = applicationSettings();
    loggers.forEach(
        logger ->
            logger.setLevel(
                Level.toLevel(settings.getProperty("logging.level." + logger.getName()), null)));
  }

  private void render() {
    new PdfRenderer(properties)
        .render(new LetterHtml(properties, new OfficeTemplates()).letter(LetterFixtures.draft()));
  }

  private static Properties applicationSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    return yaml.getObject();
  }
}
