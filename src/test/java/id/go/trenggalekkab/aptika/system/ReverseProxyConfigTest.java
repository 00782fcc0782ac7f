package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.SystemPackages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reverse proxy of docker-compose.yml: nginx accepts its configuration ({@code nginx -t}), it
 * sends to every application node of the compose file, and it is sticky (the webapps' logins are
 * HTTP sessions in one node's memory).
 */
class ReverseProxyConfigTest {

  static final Path CONFIG = Path.of("ops/nginx/nginx.conf");
  static final Path COMPOSE = Path.of("docker-compose.yml");

  @Test
  void nginxAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
    Path nginx = SystemPackages.require("nginx", Path.of("/usr/sbin/nginx"));
    // The nodes' names resolve only inside compose's network; nginx -t resolves them, so the copy
    // names this machine. Temporary files go to the test's directory (nginx -t creates them).
    String config =
        Files.readString(CONFIG)
            .replaceAll("server prod-\\d+:8080", "server 127.0.0.1:8080")
            .replace(
                "http {",
                "http {\n  client_body_temp_path %1$s/body;\n  proxy_temp_path %1$s/proxy;\n"
                        .formatted(dir)
                    + "  fastcgi_temp_path %1$s/fastcgi;\n  uwsgi_temp_path %1$s/uwsgi;\n"
                        .formatted(dir)
                    + "  scgi_temp_path %1$s/scgi;\n".formatted(dir));
    Path copy = dir.resolve("nginx.conf");
    Files.writeString(copy, config);

    Process test =
        new ProcessBuilder(
                nginx.toString(),
                "-t",
                "-p",
                dir.toString(),
                "-c",
                copy.toString(),
                "-e",
                "stderr",
                "-g",
                "pid " + dir.resolve("nginx.pid") + ";")
            .redirectErrorStream(true)
            .start();
    assertThat(test.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(test.exitValue()).as(output).isZero();
    assertThat(output).contains("test is successful");
  }

  @Test
  void itSendsToEveryApplicationNodeOfTheComposeFileStickily() throws Exception {
    List<String> nodes = matches(Files.readString(COMPOSE), "(?m)^  (prod-\\d+):\\s*$");
    List<String> upstream = matches(Files.readString(CONFIG), "server (prod-\\d+):8080");

    assertThat(nodes).hasSizeGreaterThanOrEqualTo(2);
    assertThat(upstream).containsExactlyInAnyOrderElementsOf(nodes);
    assertThat(Files.readString(CONFIG)).contains("hash $remote_addr consistent;");
    assertThat(Files.readString(COMPOSE)).contains("./ops/nginx/nginx.conf:/etc/nginx/nginx.conf");
  }

  private static List<String> matches(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
