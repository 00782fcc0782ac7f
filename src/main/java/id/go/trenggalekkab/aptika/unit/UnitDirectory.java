package id.go.trenggalekkab.aptika.unit;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of requesting units. Saving a unit also keeps its Camunda tenant in step, in the
 * same transaction: the tenant carries the unit's name, and the groups of Kominfo staff who serve
 * every unit are members of it.
 */
@Service
public class UnitDirectory {

  private final JdbcClient jdbc;
  private final IdentityService identityService;

  UnitDirectory(JdbcClient jdbc, IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  public List<Unit> findAll() {
    return jdbc.sql("select * from apt_unit order by name").query(Unit.class).list();
  }

  public Optional<Unit> find(String id) {
    return jdbc.sql("select * from apt_unit where id = ?").param(id).query(Unit.class).optional();
  }

  @Transactional
  public Unit save(Unit unit, String changedBy) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", unit.id());
    row.put("name", unit.name());
    row.put("headTitle", unit.headTitle());
    row.put("headName", unit.headName());
    row.put("address", unit.address());
    row.put("email", unit.email());
    row.put("now", OfficeTime.databaseNow());
    row.put("by", changedBy);
    int updated =
        jdbc.sql(
                """
                update apt_unit set name = :name, head_title = :headTitle,
                  head_name = :headName, address = :address, email = :email,
                  updated_at = :now, updated_by = :by
                where id = :id""")
            .params(row)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into apt_unit (id, name, head_title, head_name, address, email,
                updated_at, updated_by)
              values (:id, :name, :headTitle, :headName, :address, :email, :now, :by)""")
          .params(row)
          .update();
    }
    syncTenant(unit);
    return unit;
  }

  /**
   * Brings every unit's tenant in step, for a role that has come to serve every unit since the unit
   * was saved.
   */
  @Transactional
  public void syncTenants() {
    findAll().forEach(this::syncTenant);
  }

  private void syncTenant(Unit unit) {
    Tenant tenant = identityService.createTenantQuery().tenantId(unit.id()).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(unit.id());
    }
    tenant.setName(unit.name());
    identityService.saveTenant(tenant);
    for (Role role : Role.servingAllUnits()) {
      boolean member =
          identityService
                  .createTenantQuery()
                  .tenantId(unit.id())
                  .groupMember(role.groupId())
                  .count()
              > 0;
      if (!member) {
        identityService.createTenantGroupMembership(unit.id(), role.groupId());
      }
    }
  }
}
