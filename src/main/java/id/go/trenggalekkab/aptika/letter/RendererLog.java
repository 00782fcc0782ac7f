package id.go.trenggalekkab.aptika.letter;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J, under the names it gives them ({@code
 * com.openhtmltopdf.load}, {@code .match} ...), so that the application's log settings apply to
 * them as to every other line: the levels set in {@code application.yaml} and the escaping of line
 * breaks. Its own logger wrote four lines per rendered letter straight to standard error, and built
 * each of them whatever the level.
 */
final class RendererLog implements XRLogger {

  private RendererLog() {}

  /** Makes this the renderer's logger, for the whole JVM (openhtmltopdf keeps it in a static). */
  static void install() {
    if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
      XRLog.setLoggerImpl(new RendererLog());
    }
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
        .isEnabledForLevel(slf4j(diagnostic.getLevel()));
  }

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(error).log(message);
  }

  /**
   * The SLF4J level of a JDK logging level: SEVERE is ERROR, WARNING WARN, INFO INFO, below DEBUG.
   */
  private static org.slf4j.event.Level slf4j(Level level) {
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      return org.slf4j.event.Level.ERROR;
    }
    if (value >= Level.WARNING.intValue()) {
      return org.slf4j.event.Level.WARN;
    }
    return value >= Level.INFO.intValue()
        ? org.slf4j.event.Level.INFO
        : org.slf4j.event.Level.DEBUG;
  }

  /** Levels are the application's log settings, not the renderer's. */
  @Override
  public void setLevel(String logger, Level level) {}
}
