package id.go.trenggalekkab.aptika.splp.wso2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.trenggalekkab.aptika.splp.SplpRejectedException;
import id.go.trenggalekkab.aptika.splp.SplpUnavailableException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.function.Supplier;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The HTTP side shared by all portal calls: one {@link RestClient} with the configured timeouts,
 * and the translation of every failure into {@link SplpRejectedException} (the portal refuses the
 * data: a person must act) or {@link SplpUnavailableException} (try again later).
 *
 * <p>No exception made here carries the response body or a parse error as its cause: a garbled
 * reply to generate-keys may hold a consumer secret, and Camunda stores an incident's whole stack
 * trace in its database.
 */
final class PortalHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REASON_LIMIT = 300;

  private PortalHttp() {}

  static RestClient restClient(SplpPortalProperties properties) {
    // HTTP/1.1: the JDK client's HTTP/2 upgrade attempt on plain http is reset by some servers,
    // and a few small calls gain nothing from HTTP/2.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(properties.readTimeout());
    return RestClient.builder().requestFactory(factory).build();
  }

  /**
   * Runs a call whose 4xx answers are about the data the person gave: 400, 404 and 409 are
   * rejections; 401, 403, 408, 429 and 5xx are about us or the portal's health.
   */
  static <T> T business(String endpoint, String action, Supplier<T> call) {
    return run(endpoint, action, true, call);
  }

  /** Runs a call of our own plumbing (registration, token): every failure is technical. */
  static <T> T technical(String endpoint, Supplier<T> call) {
    return run(endpoint, null, false, call);
  }

  /** A success reply without a field we need is as broken as one that is not JSON. */
  static String field(JsonNode body, String name, String endpoint) {
    JsonNode value = body == null ? null : body.get(name);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new SplpUnavailableException(
          "Jawaban portal SPLP untuk " + endpoint + " tidak memuat '" + name + "'.");
    }
    return value.asText();
  }

  private static <T> T run(String endpoint, String action, boolean business, Supplier<T> call) {
    try {
      return call.get();
    } catch (RestClientResponseException e) {
      int status = e.getStatusCode().value();
      String reason = reason(e.getResponseBodyAsString());
      if (business && isRejection(status)) {
        throw new SplpRejectedException(
            "Portal SPLP menolak "
                + action
                + ": "
                + meaning(status)
                + " ("
                + status
                + ": "
                + reason
                + ")",
            status,
            reason);
      }
      throw new SplpUnavailableException(
          "Portal SPLP belum dapat melayani "
              + endpoint
              + ": HTTP "
              + status
              + " ("
              + reason
              + ")");
    } catch (ResourceAccessException e) {
      throw new SplpUnavailableException(
          "Portal SPLP tidak dapat dihubungi di " + endpoint + ": " + ioCause(e), e.getCause());
    } catch (RestClientException e) {
      throw new SplpUnavailableException(
          "Jawaban portal SPLP untuk " + endpoint + " bukan JSON yang sah.");
    }
  }

  private static boolean isRejection(int status) {
    return status >= 400
        && status < 500
        && status != 401
        && status != 403
        && status != 408
        && status != 429;
  }

  private static String meaning(int status) {
    return switch (status) {
      case 409 -> "sudah ada di portal";
      case 400 -> "data tidak diterima portal";
      case 404 -> "tidak ditemukan di portal";
      default -> "permintaan tidak diterima portal";
    };
  }

  /** WSO2 explains itself in different fields per API: DevPortal, SCIM, OAuth. */
  static String reason(String body) {
    if (body == null || body.isBlank()) {
      return "tanpa keterangan";
    }
    String reason = body;
    try {
      JsonNode error = JSON.readTree(body);
      for (String name : new String[] {"description", "detail", "error_description", "message"}) {
        if (error.hasNonNull(name) && !error.get(name).asText().isBlank()) {
          reason = error.get(name).asText();
          break;
        }
      }
    } catch (Exception notJson) {
      // An HTML error page from a proxy: its text is still the best reason there is.
    }
    reason = reason.strip().replaceAll("\\s+", " ");
    return reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT) + "…" : reason;
  }

  /** The JDK client's own words ("Request cancelled") would mislead whoever reads the incident. */
  private static String ioCause(ResourceAccessException e) {
    Throwable cause = e.getMostSpecificCause();
    String technical = cause.getClass().getSimpleName();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
        return "waktu tunggu habis (" + technical + ")";
      }
      if (t instanceof ConnectException || t instanceof ClosedChannelException) {
        return "sambungan ditolak atau terputus (" + technical + ")";
      }
    }
    return cause.getMessage() == null ? technical : technical + ": " + cause.getMessage();
  }
}
