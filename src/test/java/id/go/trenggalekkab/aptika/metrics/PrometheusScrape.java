package id.go.trenggalekkab.aptika.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One scrape of {@code /actuator/prometheus}, as the scraper with the test's token reads it. */
record PrometheusScrape(Map<String, Double> samples) {

  static final String TOKEN = "Token-Scraper-Uji-3f9a1c7e5b2d4068";

  static ResponseEntity<String> get(TestRestTemplate http, String authorization) {
    HttpHeaders headers = new HttpHeaders();
    if (authorization != null) {
      headers.set(HttpHeaders.AUTHORIZATION, authorization);
    }
    return http.exchange(
        "/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  static PrometheusScrape of(TestRestTemplate http) {
    ResponseEntity<String> answer = get(http, "Bearer " + TOKEN);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return parse(answer.getBody());
  }

  /** The text format: {@code name{label="value",...} number}, comments starting with #. */
  static PrometheusScrape parse(String text) {
    Map<String, Double> samples = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return new PrometheusScrape(samples);
  }

  /** The sample {@code name{labels}}, labels as the registry writes them (sorted by name). */
  double value(String name, String labels) {
    String series = name + "{" + labels + "}";
    assertThat(samples).as("the scrape has " + series).containsKey(series);
    return samples.get(series);
  }

  /** The same, 0 for a series not exported yet (a histogram before its first value). */
  double valueOrZero(String name, String labels) {
    return samples.getOrDefault(name + "{" + labels + "}", 0.0);
  }

  /** Every metric name in the scrape. */
  Set<String> names() {
    return samples.keySet().stream()
        .map(series -> series.contains("{") ? series.substring(0, series.indexOf('{')) : series)
        .collect(Collectors.toSet());
  }
}
