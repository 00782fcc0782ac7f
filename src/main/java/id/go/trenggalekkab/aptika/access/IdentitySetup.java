package id.go.trenggalekkab.aptika.access;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings groups, authorizations, the units' tenants and Tasklist filters to what the code declares,
 * at every start and in every profile; then, outside production, the demo data. Everything here is
 * idempotent.
 *
 * <p>It waits for no job: the job executor starts only after all runners have finished.
 */
@Component
@Order(0)
class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final AccessPolicy accessPolicy;
  private final TasklistFilters filters;
  private final UnitDirectory units;
  private final ObjectProvider<DemoData> demoData;

  IdentitySetup(
      IdentityService identityService,
      AccessPolicy accessPolicy,
      TasklistFilters filters,
      UnitDirectory units,
      ObjectProvider<DemoData> demoData) {
    this.identityService = identityService;
    this.accessPolicy = accessPolicy;
    this.filters = filters;
    this.units = units;
    this.demoData = demoData;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Role role : Role.values()) {
      Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
      if (group == null) {
        group = identityService.newGroup(role.groupId());
      }
      group.setName(role.groupName());
      group.setType(role == Role.ADMINISTRATOR ? "SYSTEM" : "WORKFLOW");
      identityService.saveGroup(group);
    }
    accessPolicy.apply();
    units.syncTenants();
    filters.apply();
    demoData.ifAvailable(DemoData::seed);
    LOG.info("Grup, otorisasi dan filter Tasklist sudah sesuai kebijakan.");
  }
}
