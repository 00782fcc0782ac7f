package id.go.trenggalekkab.aptika.system;

import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at a node's start when its PostgreSQL database compares text by a collation other than C.
 *
 * <p>The engine's ids are text, and a task list read through a lane's links or grants finds each
 * task, and each task's grant, by its id: a comparison of text at every step down an index. Under C
 * that comparison is a comparison of bytes; under a language's collation (the postgres image's
 * default, en_US.utf8) it goes through the operating system's collation rules, and the Kabid's
 * list, his count and "Semua tugas" took three times as long in PostgreSQL with 100,000 open tasks
 * (docs/performance.md, "The database's collation"). docker-compose.yml makes a new database with
 * C; a database made before keeps its collation, which only a new database can change
 * (docs/operations.md, "The database's collation"). Nothing is wrong with the answers either way,
 * so the node logs a warning and runs on.
 */
@Component
class DatabaseCollation extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseCollation.class);

  /**
   * The database's libc collation, its provider and its ICU locale ({@code datlocprovider} from
   * PostgreSQL 15, the locale {@code daticulocale} in 15 and 16 and {@code datlocale} from 17; read
   * through the row's JSON, so that the statement runs on 13 and 14 too, where every database is
   * libc's).
   */
  static final String COLLATION =
      "select datcollate, to_jsonb(d) ->> 'datlocprovider',"
          + " coalesce(to_jsonb(d) ->> 'datlocale', to_jsonb(d) ->> 'daticulocale')"
          + " from pg_database d where datname = current_database()";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    check(configuration.getDatabaseType(), configuration.getDataSource());
  }

  /** Logs a warning where the database is PostgreSQL and compares text {@link #slower}. */
  static void check(String databaseType, DataSource dataSource) {
    if (!"postgres".equals(databaseType)) {
      return;
    }
    try {
      slower(dataSource)
          .ifPresent(
              collation ->
                  LOG.warn(
                      "Basis data membandingkan teks menurut collation {}, bukan C: daftar dan"
                          + " hitungan tugas yang dibaca menurut id tugas lebih lambat (dengan"
                          + " en_US.utf8 sampai tiga kali). Jawabannya tetap benar. Untuk"
                          + " memakai C, pindahkan data ke basis data baru yang dibuat dengan"
                          + " LC_COLLATE 'C' (docs/operations.md, \"The database's collation\").",
                      collation));
    } catch (DataAccessException e) {
      LOG.warn("Collation basis data tidak dapat dibaca: {}", e.getMessage());
    }
  }

  /**
   * The database's collation where it compares text more slowly than by bytes: neither libc's C (or
   * POSIX) nor PostgreSQL's own builtin provider (from 17), which compare by bytes.
   */
  static Optional<String> slower(DataSource dataSource) {
    return new JdbcTemplate(dataSource)
        .query(
            COLLATION,
            row -> {
              row.next();
              String collation = row.getString(1);
              String provider = row.getString(2);
              boolean bytes =
                  "b".equals(provider)
                      || ((provider == null || "c".equals(provider))
                          && ("C".equals(collation) || "POSIX".equals(collation)));
              if (bytes) {
                return Optional.<String>empty();
              }
              return Optional.of("i".equals(provider) ? "ICU " + row.getString(3) : collation);
            });
  }

  @Override
  public String toString() {
    return "DatabaseCollation";
  }
}
