package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The scraper's token; the endpoint over HTTP is MetricsEndpointTest's. */
class MetricsScraperFilterTest {

  static final String TOKEN = "0123456789abcdef0123456789abcdef";

  private static MockHttpServletRequest scrape(String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    return request;
  }

  @Test
  void theRightTokenMarksTheRequestAsTheScrapers() throws Exception {
    MockHttpServletRequest request = scrape("Bearer " + TOKEN);
    MockFilterChain chain = new MockFilterChain();
    new MetricsScraperFilter(TOKEN).doFilter(request, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).isSameAs(request);
    assertThat(MetricsScraperFilter.isScraper(request)).isTrue();
  }

  @Test
  void withoutAConfiguredTokenEveryTokenIsRefused() throws Exception {
    for (String sent : new String[] {"Bearer " + TOKEN, "Bearer ", "bearer x"}) {
      MockHttpServletRequest request = scrape(sent);
      MockHttpServletResponse response = new MockHttpServletResponse();
      MockFilterChain chain = new MockFilterChain();
      new MetricsScraperFilter("").doFilter(request, response, chain);
      assertThat(response.getStatus()).as(sent).isEqualTo(401);
      assertThat(chain.getRequest()).as(sent).isNull();
      assertThat(MetricsScraperFilter.isScraper(request)).isFalse();
    }
  }

  @Test
  void aPersonsLoginGoesOnToTheUsualChecks() throws Exception {
    MockHttpServletRequest request = scrape("Basic YWRtaW46ZGVtbw==");
    MockFilterChain chain = new MockFilterChain();
    new MetricsScraperFilter(TOKEN).doFilter(request, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).isSameAs(request);
    assertThat(MetricsScraperFilter.isScraper(request)).isFalse();
  }

  @Test
  void aShortTokenStopsStartUpWithoutShowingIt() {
    assertThatThrownBy(() -> new MetricsScraperFilter("kependekan"))
        .hasMessageContaining("aptika.metrics.token (APTIKA_METRICS_TOKEN)")
        .hasMessageNotContaining("kependekan");
  }
}
