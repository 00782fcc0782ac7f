package id.go.trenggalekkab.aptika.letter;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J, under the names it gives them ({@code
 * com.openhtmltopdf.load}, {@code .match} ...), so that the application's log settings apply to
 * them as to every other line: the levels set in {@code application.yaml} and the escaping of line
 * breaks. Its own logger wrote four lines per rendered letter straight to standard error, and built
 * each of them whatever the level.
 */
final class RendererLog implements XRLogger {

  private static final int ERROR = Level.SEVERE.intValue();
  private static final int WARN = Level.WARNING.intValue();
  private static final int INFO = Level.INFO.intValue();

  private RendererLog() {}

  /** Makes this the renderer's logger, for the whole JVM (openhtmltopdf keeps it in a static). */
  static void install() {
    if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
      XRLog.setLoggerImpl(new RendererLog());
    }
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int level = diagnostic.getLevel().intValue();
    if (level >= ERROR) {
      return log.isErrorEnabled();
    }
    if (level >= WARN) {
      return log.isWarnEnabled();
    }
    return level >= INFO ? log.isInfoEnabled() : log.isDebugEnabled();
  }

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger log = LoggerFactory.getLogger(where);
    int value = level.intValue();
    if (value >= ERROR) {
      log.error(message, error);
    } else if (value >= WARN) {
      log.warn(message, error);
    } else if (value >= INFO) {
      log.info(message, error);
    } else {
      log.debug(message, error);
    }
  }

  /** Levels are the application's log settings, not the renderer's. */
  @Override
  public void setLevel(String logger, Level level) {}
}
