package id.go.trenggalekkab.aptika.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Marks each new request with the requesting unit of the person who submits it. Units are tenants;
 * process definitions are shared. The engine's tenant check then keeps a clerk of one unit from
 * ever seeing another unit's requests, while Kominfo staff, whose groups belong to every unit, see
 * them all.
 */
class UnitTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    return unitOfCurrentUser();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return unitOfCurrentUser();
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  /**
   * The unit the current user belongs to personally (not through a group): staff who serve all
   * units start nothing on a unit's behalf, so their instances carry no unit.
   */
  private static String unitOfCurrentUser() {
    CommandContext command = Context.getCommandContext();
    Authentication current = command.getAuthentication();
    if (current == null || current.getUserId() == null) {
      return null;
    }
    List<Tenant> units =
        command.runWithoutAuthorization(
            () ->
                command
                    .getReadOnlyIdentityProvider()
                    .createTenantQuery(command)
                    .userMember(current.getUserId())
                    .list());
    return units.size() == 1 ? units.get(0).getId() : null;
  }
}
