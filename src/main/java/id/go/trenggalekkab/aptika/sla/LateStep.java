package id.go.trenggalekkab.aptika.sla;

import java.time.OffsetDateTime;

/**
 * A person's step that is past its Mutu Baku due date and still open, as a manager reads it.
 *
 * @param referenceNumber the request's reference number (its business key)
 * @param unitId the requesting unit's id (its tenant)
 * @param sopStep the step's number in the SOP
 * @param holder who holds it: the assignee's name, or the names of the candidate groups (lanes)
 * @param daysLate whole working days since it fell due, counted as a Mutu Baku time is counted
 * @param lateMinutes office time since it fell due
 * @param late the same in words, e.g. "4 jam 30 menit"
 */
public record LateStep(
    String referenceNumber,
    String unitId,
    String unitName,
    String processKey,
    String processName,
    String step,
    String sopStep,
    String taskId,
    String assignee,
    String holder,
    OffsetDateTime dueAt,
    int daysLate,
    long lateMinutes,
    String late,
    boolean escalated,
    OffsetDateTime escalatedAt,
    String escalatedTo,
    String processInstanceId) {}
