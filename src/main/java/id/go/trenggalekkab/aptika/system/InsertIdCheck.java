package id.go.trenggalekkab.aptika.system;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine checks the id of every row it inserts (not missing, not {@code *}), and builds the
 * message of that check before it knows whether the id passes: the whole row as text, for every
 * insert. A request's history rows (every variable and its value) made that text the largest single
 * cost of step 1 in the application's own CPU (about a tenth, docs/performance.md). Here the
 * message is built only for an id that fails, by the engine's own check, so a failing id is refused
 * exactly as before.
 */
@Component
class InsertIdCheck extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration
        .getSessionFactories()
        .put(DbEntityManager.class, new Sessions(configuration.getIdGenerator()));
  }

  static final class Sessions extends DbEntityManagerFactory {

    Sessions(IdGenerator idGenerator) {
      super(idGenerator);
    }

    @Override
    public DbEntityManager openSession() {
      return new Session(
          idGenerator, Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  static final class Session extends DbEntityManager {

    Session(IdGenerator idGenerator, PersistenceSession persistenceSession) {
      super(idGenerator, persistenceSession);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
