package id.go.trenggalekkab.aptika.system;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.db.sql.BatchDbSqlSession;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.springframework.stereotype.Component;

/**
 * A row the engine deletes while another node changes the same request is a concurrent change, as
 * the engine already takes a foreign key failing on an insert or update to be.
 *
 * <p>The engine deletes what it read, each row at the revision it read. When another node changed
 * one of those rows in the meantime (a Mutu Baku timer on another node recording an incident on the
 * task's execution, say), the delete of that row finds nothing, and the delete of its parent right
 * after it in the same JDBC batch fails on the foreign key from the row still there. PostgreSQL
 * then reports the batch as failed without the count of the first delete, so the engine saw only a
 * foreign key error and answered the person who completed the task with a 500 and "an exception
 * occurred in the persistence layer", where a change made at the same moment is an {@link
 * OptimisticLockingException}: nothing was saved, the person is asked to repeat (409, {@link
 * EngineRefusal}), and a job is run again without losing a retry. Everything but a delete failing
 * on a foreign key is classified by the engine as before, and the engine's setting {@code
 * enableOptimisticLockingOnForeignKeyViolation} (on by default) switches both rules.
 */
@Component
class ConcurrentDeleteCheck extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the engine's switch for its own rule on inserts and updates governs this one too
    if (!configuration.isEnableOptimisticLockingOnForeignKeyViolation()) {
      return;
    }
    configuration
        .getSessionFactories()
        .put(
            DbSqlSession.class,
            new Sessions(
                configuration.getDbSqlSessionFactory(), configuration.isJdbcBatchProcessing()));
  }

  /**
   * The engine's own session factory, configured as always, opening the session below. Without JDBC
   * batching (not this application's setting) each delete runs alone and the engine sees its count
   * of rows before the next one.
   */
  record Sessions(DbSqlSessionFactory factory, boolean batch) implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return DbSqlSession.class;
    }

    @Override
    public Session openSession() {
      return batch ? new Batched(factory) : factory.openSession();
    }
  }

  static final class Batched extends BatchDbSqlSession {

    Batched(DbSqlSessionFactory factory) {
      super(factory);
    }

    @Override
    protected boolean isConcurrentModificationException(
        DbOperation operation, PersistenceException failure) {
      return super.isConcurrentModificationException(operation, failure)
          || (operation.getOperationType() == DbOperationType.DELETE
              && ExceptionUtil.checkForeignKeyConstraintViolation(failure));
    }
  }
}
