package id.go.trenggalekkab.aptika.evaluation;

import id.go.trenggalekkab.aptika.identity.Role;
import id.go.trenggalekkab.aptika.sla.SlaBreaches;
import id.go.trenggalekkab.aptika.sla.SlaBreaches.Breach;
import id.go.trenggalekkab.aptika.system.OfficeTime;
import id.go.trenggalekkab.aptika.unit.Unit;
import id.go.trenggalekkab.aptika.unit.UnitDirectory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The record of overruns ({@code apt_sla_breach}) as a manager reads it: each overrun due in the
 * period, with the request's reference number and the unit's name, times in WIB with their offset
 * and the lateness in office hours. A step still undone has no completion and no lateness yet.
 */
@Service
class Overruns {

  /**
   * @param kind {@code TASK} (a person's step), {@code SERVICE} (a step of the application), or
   *     {@code PROCESS} (the whole procedure)
   */
  record Overrun(
      String referenceNumber,
      String processKey,
      String processName,
      String unitId,
      String unitName,
      String kind,
      String kindText,
      String sopStep,
      String activityId,
      String activityName,
      String mutuBaku,
      String mutuBakuText,
      OffsetDateTime dueAt,
      OffsetDateTime doneAt,
      Double lateHours,
      OffsetDateTime remindedAt,
      OffsetDateTime escalatedAt,
      String escalatedTo,
      String processInstanceId) {}

  private static final Map<String, String> KIND_TEXT =
      Map.of(
          "TASK", "Langkah (tugas)",
          "SERVICE", "Langkah oleh aplikasi",
          "PROCESS", "Seluruh prosedur");

  private final SlaBreaches breaches;
  private final HistoryService history;
  private final UnitDirectory units;

  Overruns(SlaBreaches breaches, HistoryService history, UnitDirectory units) {
    this.breaches = breaches;
    this.history = history;
    this.units = units;
  }

  List<Overrun> due(Period period, String unit) {
    List<Breach> rows =
        breaches.touching(period.localStart(), period.localEnd(), unit).stream()
            .filter(b -> period.contains(b.dueAt()))
            .toList();
    Set<String> ids = rows.stream().map(Breach::processInstanceId).collect(Collectors.toSet());
    Map<String, HistoricProcessInstance> requests =
        ids.isEmpty()
            ? Map.of()
            : history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    Map<String, String> unitNames =
        units.findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name));
    return rows.stream()
        .map(b -> overrun(b, requests.get(b.processInstanceId()), unitNames))
        .toList();
  }

  private static Overrun overrun(
      Breach b, HistoricProcessInstance request, Map<String, String> unitNames) {
    return new Overrun(
        request == null ? null : request.getBusinessKey(),
        b.processKey(),
        request == null ? null : request.getProcessDefinitionName(),
        b.unitId(),
        b.unitId() == null ? null : unitNames.get(b.unitId()),
        b.kind(),
        KIND_TEXT.get(b.kind()),
        b.sopStep(),
        b.activityId(),
        b.activityName(),
        b.mutuBaku(),
        MutuBakuText.of(b.mutuBaku()),
        office(b.dueAt()),
        office(b.doneAt()),
        b.lateMinutes() == null ? null : MutuBakuText.hours(Duration.ofMinutes(b.lateMinutes())),
        office(b.remindedAt()),
        office(b.escalatedAt()),
        b.escalatedTo() == null ? null : groupName(b.escalatedTo()),
        b.processInstanceId());
  }

  /** The record keeps office wall-clock times; they leave with their offset. */
  private static OffsetDateTime office(LocalDateTime time) {
    return time == null ? null : OfficeTime.of(time.atZone(OfficeTime.ZONE).toInstant());
  }

  private static String groupName(String groupId) {
    return Arrays.stream(Role.values())
        .filter(role -> role.groupId().equals(groupId))
        .map(Role::groupName)
        .findFirst()
        .orElse(groupId);
  }
}
