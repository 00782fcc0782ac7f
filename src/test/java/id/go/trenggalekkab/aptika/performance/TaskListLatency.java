package id.go.trenggalekkab.aptika.performance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the task list as people ask for it, over HTTP on one kept-alive connection, one request at
 * a time: the REST list and count of a group's tasks, and Tasklist's own filter query (the filter's
 * list with sorting and card variables, as Tasklist posts it). The requests take turns in each
 * round; percentiles are nearest-rank, in milliseconds.
 */
public final class TaskListLatency {

  public static final String LIST =
      "/engine-rest/task?candidateGroup=kadis&sortBy=dueDate&sortOrder=asc&maxResults=15";
  public static final String COUNT = "/engine-rest/task/count?candidateGroup=kadis";

  /** The body Tasklist posts for a filter's page: sorted by due date, no variables asked. */
  static final String FILTER_BODY =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  public TaskListLatency(String baseUrl, String userId, String password) {
    this.baseUrl = baseUrl;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** p50, p95 and p99 per request name: list, count, filter (of the filter with that id). */
  public Map<String, double[]> measure(String filterId, int warmUpRounds, int rounds) {
    Map<String, HttpRequest> requests = new LinkedHashMap<>();
    requests.put("list", get(LIST));
    requests.put("count", get(COUNT));
    requests.put(
        "filter",
        filterQuery(
            HttpRequest.newBuilder(URI.create(baseUrl + filterPage(filterId)))
                .header("Authorization", authorization)));
    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    requests.keySet().forEach(name -> nanos.put(name, new ArrayList<>()));
    for (int round = 0; round < warmUpRounds + rounds; round++) {
      for (Map.Entry<String, HttpRequest> request : requests.entrySet()) {
        long took = send(request.getValue());
        if (round >= warmUpRounds) {
          nanos.get(request.getKey()).add(took);
        }
      }
    }
    Map<String, double[]> percentiles = new LinkedHashMap<>();
    nanos.forEach(
        (name, times) ->
            percentiles.put(
                name,
                new double[] {
                  percentile(times, 50), percentile(times, 95), percentile(times, 99)
                }));
    return percentiles;
  }

  /** The path Tasklist posts {@link #FILTER_BODY} to for the first page of a saved filter. */
  static String filterPage(String filterId) {
    return "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
  }

  /**
   * Tasklist's query of a filter's page, as it posts it (HAL, {@link #FILTER_BODY}), on a request
   * to {@link #filterPage} that already says who asks.
   */
  static HttpRequest filterQuery(HttpRequest.Builder request) {
    return request
        .setHeader("Accept", "application/hal+json")
        .setHeader("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(FILTER_BODY))
        .build();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private long send(HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + ": " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - start;
  }

  private static double percentile(List<Long> nanos, int percent) {
    List<Long> sorted = nanos.stream().sorted().toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1) / 1_000_000.0;
  }
}
