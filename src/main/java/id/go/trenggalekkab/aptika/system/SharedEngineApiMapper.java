package id.go.trenggalekkab.aptika.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * The engine API's JSON settings in one {@link ObjectMapper} for every request. Camunda's own
 * {@link JacksonConfigurator} answers every lookup with a new mapper, so each request that reads
 * JSON itself (Tasklist's filter list and count read the filter's query with it) had Jackson build
 * its deserializers again by reflection: 9-10 % of the request thread's samples in a filter query
 * (docs/performance.md). The settings are Camunda's own ({@link
 * JacksonConfigurator#configureObjectMapper}, read when first asked, after any change of its date
 * format at start); a configured mapper is safe to share between threads, and Jackson copies its
 * date format for each use. Found before Camunda's resolver by its priority.
 */
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
@Priority(Priorities.USER - 1000)
final class SharedEngineApiMapper implements ContextResolver<ObjectMapper> {

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return Shared.MAPPER;
  }

  /** Made on first use. */
  static final class Shared {
    static final ObjectMapper MAPPER =
        JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    private Shared() {}
  }
}
