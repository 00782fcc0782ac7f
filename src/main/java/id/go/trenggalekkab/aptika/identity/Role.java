package id.go.trenggalekkab.aptika.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The office's roles as Camunda groups: one per SOP column (the BPMN lanes, named exactly as the
 * SOP names them) plus administrators, managers and the process owner, who changes the procedures.
 *
 * <p>Group ids are technical ids and follow Camunda's id rule ({@code [a-zA-Z0-9]+}, or the
 * reserved {@code camunda-admin}).
 */
public enum Role {
  APPLICANT("applicant", "Unit Kerja Pemohon", false),
  KADIS("kadis", "Kadis Kominfo", true),
  KABID("kabid", "Kabid Aptika", true),
  EXECUTOR("executor", "Pejabat Fungsional/Pelaksana", true),
  SPLP_OPERATOR("splpOperator", "Penyelenggara", false),
  API_PROVIDER("apiProvider", "Penyedia", false),
  API_USER("apiUser", "Pengguna", false),
  ADMINISTRATOR("camunda-admin", "Administrator", false),
  MANAGER("manager", "Manajer Pemantau", true),
  PROCESS_OWNER("processOwner", "Pemilik Proses", true);

  private final String groupId;
  private final String groupName;
  private final boolean servesAllUnits;

  Role(String groupId, String groupName, boolean servesAllUnits) {
    this.groupId = groupId;
    this.groupName = groupName;
    this.servesAllUnits = servesAllUnits;
  }

  public String groupId() {
    return groupId;
  }

  /** The name people read in Tasklist and Admin; for SOP roles, the SOP's column name. */
  public String groupName() {
    return groupName;
  }

  /**
   * Kominfo staff handle the requests of every requesting unit, and the process owner moves them to
   * new versions, so their groups are members of every unit's tenant; everyone else sees only the
   * unit they belong to.
   */
  public boolean servesAllUnits() {
    return servesAllUnits;
  }

  public static List<Role> servingAllUnits() {
    return Arrays.stream(values()).filter(Role::servesAllUnits).toList();
  }
}
