package id.go.trenggalekkab.aptika.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.context.annotation.Bean;

/**
 * Runs the engine's task query (REST task list and count, Tasklist's filters) and its variable
 * query (Tasklist's card variables) from {@code TaskQuery.xml} and {@code VariableQuery.xml}: the
 * engine's own statements, with the grants and the candidate links as {@code exists} conditions
 * instead of joins, so that a page in due-date order is read from an index ({@code
 * APT_IDX_TASK_DUE_DATE}, made by {@code system/EngineIndexes}) and stops after the page.
 *
 * <p>The engine grants each open task's candidate group READ on that task, one authorization row
 * per task, and joined them with {@code RESOURCE_ID_ IN (task id, process key, '*')}: an OR in a
 * join cannot be hashed, so PostgreSQL compared every task with every such row
 * (docs/performance.md, "Task list with authorizations"). The grants stay as they are, so every
 * access rule holds unchanged; {@code TaskQueryEquivalenceTest} and {@code TaskListScalingIT}
 * compare our statements with the engine's. A lane holding few tasks has its own tasks read first
 * ({@link LaneTaskQuery}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TaskQueryMapping {

  static final String MAPPING = "id/go/trenggalekkab/aptika/access/TaskQuery.xml";
  static final String VARIABLE_MAPPING = "id/go/trenggalekkab/aptika/access/VariableQuery.xml";

  /** The engine's statement names, and ours that run in their place. */
  static final Map<String, String> STATEMENTS =
      Map.of(
          LaneTaskQuery.LIST,
          LaneTaskQuery.NAMESPACE + LaneTaskQuery.LIST,
          LaneTaskQuery.COUNT,
          LaneTaskQuery.NAMESPACE + LaneTaskQuery.COUNT,
          "selectVariableInstanceByQueryCriteria",
          "id.go.trenggalekkab.aptika.access.VariableQuery.selectVariableInstanceByQueryCriteria",
          "selectVariableInstanceCountByQueryCriteria",
          "id.go.trenggalekkab.aptika.access.VariableQuery"
              + ".selectVariableInstanceCountByQueryCriteria");

  @Bean
  ProcessEnginePlugin taskQueryReadInIndexOrder() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        load(mybatis, MAPPING);
        load(mybatis, VARIABLE_MAPPING);
        DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
        Map<String, String> mappings = new HashMap<>();
        if (sessions.getStatementMappings() != null) {
          mappings.putAll(sessions.getStatementMappings());
        }
        mappings.putAll(STATEMENTS);
        sessions.setStatementMappings(mappings);
        configuration
            .getSessionFactories()
            .put(TaskManager.class, new LaneTaskQuery.Sessions(LaneTaskQuery.FEW_LINKS));
      }

      @Override
      public String toString() {
        return "TaskQueryMapping";
      }
    };
  }

  private static void load(Configuration mybatis, String mapping) {
    try (InputStream xml = TaskQueryMapping.class.getClassLoader().getResourceAsStream(mapping)) {
      new XMLMapperBuilder(xml, mybatis, mapping, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
