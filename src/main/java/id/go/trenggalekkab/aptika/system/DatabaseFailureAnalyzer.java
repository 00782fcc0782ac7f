package id.go.trenggalekkab.aptika.system;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * When the database cannot be reached or the URL is not one a driver accepts, the engine's long
 * exception chain hides the one setting to fix. This report names it.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

  static final String URL_SETTING = "spring.datasource.url (SPRING_DATASOURCE_URL)";

  private final Environment environment;

  DatabaseFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    Throwable cause = databaseCause(failure);
    if (cause == null) {
      return null;
    }
    String url = environment == null ? null : environment.getProperty("spring.datasource.url");
    return new FailureAnalysis(
        "Aplikasi tidak dapat memakai basis data.\n\n"
            + "Setelan: "
            + URL_SETTING
            + " = "
            + masked(url)
            + "\n"
            + "Penyebab: "
            + cause.getMessage(),
        "Periksa "
            + URL_SETTING
            + ", beserta SPRING_DATASOURCE_USERNAME dan"
            + " SPRING_DATASOURCE_PASSWORD: URL harus berbentuk jdbc:postgresql://HOST:PORT/NAMA"
            + " (atau jdbc:h2:...), dan server basis data harus berjalan serta dapat dijangkau.",
        cause);
  }

  private static Throwable databaseCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return t;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("jdbcUrl") || message.contains("suitable driver")) {
        return t;
      }
    }
    return null;
  }

  /** URLs may carry a password as a parameter; it must not reach the log. */
  static String masked(String url) {
    if (url == null || url.isBlank()) {
      return "(tidak diisi)";
    }
    return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
  }
}
