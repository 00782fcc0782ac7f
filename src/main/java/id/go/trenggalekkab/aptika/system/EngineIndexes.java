package id.go.trenggalekkab.aptika.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The application's own indexes on the engine's tables, which the engine's schema lacks: made where
 * missing at every node's start, once the engine is up ({@code create index if not exists}). A node
 * that cannot make one (no right to, or another node making it at the same moment) logs a warning
 * and runs on: without them the engine gives the same answers, only more slowly as open work piles
 * up (docs/operations.md).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  /** An index and, in the office's words, what is slower without it. */
  record Index(String statement, String withoutIt) {}

  static final List<Index> INDEXES =
      List.of(
          // a page of a task list sorted by due date is read in index order and stops after the
          // page (docs/performance.md, "Task list with authorizations")
          new Index(
              "create index if not exists APT_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_)",
              "daftar tugas tetap benar tetapi lebih lambat bila tugas yang terbuka banyak"),
          // the engine looks for a task's subtasks whenever a task ends (completed, or removed with
          // its request); the engine's own schema has this index on SQL Server only
          // (ACT_IDX_TASK_PARENT_TASK_ID), so on PostgreSQL and H2 every end of a task read every
          // open task (docs/performance.md, "The look for a task's subtasks")
          new Index(
              "create index if not exists APT_IDX_TASK_PARENT_TASK_ID on ACT_RU_TASK"
                  + " (PARENT_TASK_ID_)",
              "menyelesaikan tugas tetap benar tetapi setiap penyelesaian membaca semua tugas yang"
                  + " terbuka"),
          // the job executor's look for due jobs, several times a second on a busy node, reads the
          // due ones instead of every waiting timer (docs/performance.md, "The job executor's
          // look for due jobs")
          new Index(
              "create index if not exists APT_IDX_JOB_DUE_DATE on ACT_RU_JOB (DUEDATE_)",
              "pekerjaan latar (pengingat, eskalasi, langkah sistem) tetap berjalan tetapi setiap"
                  + " pencariannya membaca semua pewaktu yang menunggu"));

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    create(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  static void create(DataSource dataSource) {
    for (Index index : INDEXES) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(index.statement());
      } catch (SQLException e) {
        LOG.warn(
            "Indeks tidak dapat dibuat ({}): {}. Tanpa indeks ini {}; buatlah sekali dengan"
                + " pernyataan tersebut.",
            index.statement(),
            e.getMessage(),
            index.withoutIt());
      }
    }
  }

  @Override
  public String toString() {
    return "EngineIndexes";
  }
}
