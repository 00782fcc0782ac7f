package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which databases a node names at its start as comparing text by a collation other than C, on a
 * real PostgreSQL server: databases made with each kind of collation. {@code PostgresIT} checks
 * that a database as docker-compose.yml makes it is not one of them.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseCollationIT {

  /** Each database and how it was made. */
  private static final Map<String, String> MADE =
      Map.of(
          "bytes", "lc_collate 'C'",
          "posix", "lc_collate 'POSIX'",
          "libc_utf8", "lc_collate 'C.UTF-8'",
          "icu", "locale_provider icu icu_locale 'en-US'");

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void makeTheDatabases() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
    MADE.forEach(
        (name, how) -> server.execute("create database " + name + " template template0 " + how));
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static DataSource database(String name) {
    return postgres.getDatabase("postgres", name);
  }

  @Test
  void aDatabaseThatComparesByBytesIsNotNamed() {
    assertThat(DatabaseCollation.slower(database("bytes"))).isEmpty();
    assertThat(DatabaseCollation.slower(database("posix"))).isEmpty();
  }

  @Test
  void aDatabaseOfAnotherCollationIsNamedWithIt() {
    assertThat(DatabaseCollation.slower(database("libc_utf8"))).contains("C.UTF-8");
    assertThat(DatabaseCollation.slower(database("icu"))).contains("ICU en-US");
  }

  @Test
  void aNodeOnPostgresWarnsOfItAtStartAndRunsOn(CapturedOutput output) {
    DatabaseCollation.check("postgres", database("bytes"));
    assertThat(output).doesNotContain("collation");

    DatabaseCollation.check("postgres", database("icu"));
    assertThat(output)
        .contains("WARN")
        .contains("Basis data membandingkan teks menurut collation ICU en-US, bukan C")
        .contains("LC_COLLATE 'C'");
  }

  @Test
  void aNodeWhoseDatabaseCannotBeReadRunsOn(CapturedOutput output) {
    DatabaseCollation.check("postgres", postgres.getDatabase("postgres", "no_such_database"));
    assertThat(output).contains("Collation basis data tidak dapat dibaca");
  }
}
