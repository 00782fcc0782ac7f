package id.go.trenggalekkab.aptika.calendar;

import java.time.LocalDate;

/** A day off on the official list, e.g. 2026-03-20, cuti bersama, "Idulfitri". */
public record Holiday(LocalDate date, HolidayKind kind, String name) {}
