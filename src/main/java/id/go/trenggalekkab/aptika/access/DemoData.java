package id.go.trenggalekkab.aptika.access;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo users (one or more per role, clerks of two units) and units, for trying the system on a
 * fresh machine. The names are invented. Never in production: the prod profile switches it off, and
 * the start-up check refuses a prod start that switches it back on.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "aptika.demo.enabled", havingValue = "true")
class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  record DemoUser(String id, String firstName, String lastName, Role role, String unit) {}

  static final List<Unit> UNITS =
      List.of(
          new Unit(
              "dinkes",
              "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
              "Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"
                  + " Kabupaten Trenggalek",
              "dr. Ratna Wulandari, M.Kes.",
              "Jl. Dr. Soetomo No. 2, Trenggalek 66311",
              "dinkes@trenggalekkab.example"),
          new Unit(
              "disdik",
              "Dinas Pendidikan, Pemuda dan Olahraga",
              "Kepala Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Trenggalek",
              "Drs. Bambang Hariyanto, M.Pd.",
              "Jl. Supriyadi No. 11, Trenggalek 66315",
              "disdikpora@trenggalekkab.example"),
          new Unit(
              "bappeda",
              "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan",
              "Kepala Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan"
                  + " Kabupaten Trenggalek",
              "Ir. Yuli Astuti, M.T.",
              "Jl. Panglima Sudirman No. 78, Trenggalek 66312",
              "bappedalitbang@trenggalekkab.example"),
          new Unit(
              "dpmptsp",
              "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
              "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
                  + " Kabupaten Trenggalek",
              "Hendro Susanto, S.H., M.M.",
              "Jl. Jaksa Agung Suprapto No. 5, Trenggalek 66311",
              "dpmptsp@trenggalekkab.example"));

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("budi", "Budi", "Santoso", Role.KADIS, null),
          new DemoUser("sri", "Sri", "Wahyuni", Role.KABID, null),
          new DemoUser("agus", "Agus", "Prasetyo", Role.EXECUTOR, null),
          new DemoUser("dewi", "Dewi", "Lestari", Role.EXECUTOR, null),
          new DemoUser("rina", "Rina", "Kusumawati", Role.SPLP_OPERATOR, null),
          new DemoUser("joko", "Joko", "Susilo", Role.API_PROVIDER, null),
          new DemoUser("fajar", "Fajar", "Nugroho", Role.API_USER, "dinkes"),
          new DemoUser("hendra", "Hendra", "Gunawan", Role.MANAGER, null),
          new DemoUser("rudi", "Rudi", "Hartono", Role.PROCESS_OWNER, null),
          new DemoUser("siti", "Siti", "Rahmawati", Role.APPLICANT, "dinkes"),
          new DemoUser("eko", "Eko", "Saputro", Role.APPLICANT, "disdik"),
          new DemoUser("wulan", "Wulan", "Sari", Role.APPLICANT, "bappeda"));

  private final IdentityService identityService;
  private final UnitDirectory units;
  private final String password;

  DemoData(
      IdentityService identityService,
      UnitDirectory units,
      @Value("${aptika.demo.password:demo}") String password) {
    this.identityService = identityService;
    this.units = units;
    this.password = password;
  }

  void seed() {
    UNITS.stream()
        .filter(unit -> units.find(unit.id()).isEmpty())
        .forEach(unit -> units.save(unit, "demo"));
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@trenggalekkab.example");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(demo.id(), demo.role().groupId());
      if (demo.unit() != null) {
        identityService.createTenantUserMembership(demo.unit(), demo.id());
      }
    }
    LOG.warn(
        "Data demo aktif: {} pengguna demo dengan kata sandi bawaan. Jangan dipakai di"
            + " produksi.",
        USERS.size());
  }
}
