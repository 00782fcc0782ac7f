package id.go.trenggalekkab.aptika.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * One log event, one line, whatever a caller typed: line breaks in a message or in an exception's
 * message are written escaped ({@code \n}), so user input that reaches a log cannot forge a line.
 * The stack frames of an exception still print on lines of their own. {@code logback-spring.xml}
 * puts these converters in place of logback's {@code %m} and Spring Boot's {@code %wEx}.
 */
public final class LogLines {

  private LogLines() {}

  /** Every character that a reader of the log, or logback itself, could take for a line end. */
  static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' ->
            escaped.append(String.format("\\u%04x", (int) c));
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * {@code %m}, {@code %msg}, {@code %message}. Spring Boot's report of a failed start
   * ("APPLICATION FAILED TO START") keeps its lines: it is written from the configuration, before
   * any request.
   */
  public static final class Message extends MessageConverter {

    private static final String STARTUP_REPORT = "org.springframework.boot.diagnostics";

    @Override
    public String convert(ILoggingEvent event) {
      String message = super.convert(event);
      return event.getLoggerName().startsWith(STARTUP_REPORT) ? message : escape(message);
    }
  }

  /** {@code %wEx}: Spring Boot's stack trace, with each exception's message on its one line. */
  public static final class StackTrace extends ExtendedWhitespaceThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
      return super.throwableProxyToString(new EscapedThrowable(throwable));
    }
  }

  private record EscapedThrowable(IThrowableProxy original) implements IThrowableProxy {

    @Override
    public String getMessage() {
      return escape(original.getMessage());
    }

    @Override
    public String getClassName() {
      return original.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return original.getCause() == null ? null : new EscapedThrowable(original.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      return Arrays.stream(original.getSuppressed())
          .map(EscapedThrowable::new)
          .toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
      return original.isCyclic();
    }
  }
}
