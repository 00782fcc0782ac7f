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
import org.springframework.context.annotation.Bean;

/**
 * Runs task queries (REST task list and count, Tasklist's filters) with {@code TaskQuery.xml}: the
 * engine's own task query with its authorization join split into three joins on equality.
 *
 * <p>The engine grants each open task's candidate group READ on that task, one authorization row
 * per task, and joins them with {@code RESOURCE_ID_ IN (task id, process key, '*')}. An OR in a
 * join cannot be hashed, so PostgreSQL compared every task with every such row: the list cost the
 * square of the open tasks (docs/performance.md, "Task list with authorizations"). The grants stay
 * as they are, so every access rule holds unchanged.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TaskQueryMapping {

  static final String MAPPING = "id/go/trenggalekkab/aptika/access/TaskQuery.xml";
  static final String NAMESPACE = "id.go.trenggalekkab.aptika.access.TaskQuery.";
  static final String[] STATEMENTS = {
    "selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria"
  };

  @Bean
  ProcessEnginePlugin taskQueryWithHashableAuthorizationJoin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        load(configuration.getSqlSessionFactory().getConfiguration());
        DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
        Map<String, String> mappings = new HashMap<>();
        if (sessions.getStatementMappings() != null) {
          mappings.putAll(sessions.getStatementMappings());
        }
        for (String statement : STATEMENTS) {
          mappings.put(statement, NAMESPACE + statement);
        }
        sessions.setStatementMappings(mappings);
      }

      @Override
      public String toString() {
        return "TaskQueryMapping";
      }
    };
  }

  private static void load(Configuration mybatis) {
    try (InputStream xml = TaskQueryMapping.class.getClassLoader().getResourceAsStream(MAPPING)) {
      new XMLMapperBuilder(xml, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
