package id.go.trenggalekkab.aptika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The links in a mail's body, read as a mail program would: a word with {@code ://} is a link, a
 * word starting with {@code /} and a letter is a path that nobody can click.
 */
public final class MailLinks {

  /** The test profile's aptika.public-url, without its trailing slash. */
  public static final String PUBLIC_URL = "https://layanan.kominfo.trenggalekkab.go.id";

  private MailLinks() {}

  /** The body's links, after checking that every one is absolute and leads to this application. */
  public static List<String> of(String body) {
    List<String> words = Arrays.asList(body.split("\\s+"));
    assertThat(words)
        .as("relative links in:%n%s", body)
        .noneMatch(word -> word.matches("/[A-Za-z].*"));
    List<String> links = words.stream().filter(word -> word.contains("://")).toList();
    for (String link : links) {
      URI uri = URI.create(link);
      assertThat(uri.isAbsolute()).as(link).isTrue();
      assertThat(uri.getScheme() + "://" + uri.getHost()).as(link).isEqualTo(PUBLIC_URL);
    }
    return links;
  }
}
