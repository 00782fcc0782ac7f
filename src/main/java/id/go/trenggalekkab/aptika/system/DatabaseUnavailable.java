package id.go.trenggalekkab.aptika.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A call that fails because the database cannot be reached (stopped, restarting, network gone)
 * answers 503 with one message in Bahasa Indonesia: nothing of the call was saved, and the person
 * can repeat it once the database is back. The pool reconnects and the job executor goes on by
 * themselves; no restart is needed. As a filter it covers whatever fails first, often the login
 * check; {@link EngineRefusal} answers the same for failures the engine API maps itself.
 */
final class DatabaseUnavailable extends OncePerRequestFilter {

  static final String MESSAGE =
      "Basis data sedang tidak dapat dihubungi, sehingga tindakan Anda belum tersimpan. Silakan"
          + " ulangi beberapa saat lagi.";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

  /** Whether the failure, or any of its causes, is the database not answering a connection. */
  static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and 57P01-57P03 (server shutting down or starting).
   */
  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }

  static void log(String method, String path, Throwable failure) {
    LOG.warn("Database unavailable for {} {}: {}", method, path, failure.toString());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!causedBy(e) || response.isCommitted()) {
        throw e;
      }
      log(request.getMethod(), request.getRequestURI(), e);
      response.resetBuffer();
      ApiErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
    }
  }
}
