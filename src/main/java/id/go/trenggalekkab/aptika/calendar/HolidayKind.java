package id.go.trenggalekkab.aptika.calendar;

/** The two kinds of day off fixed each year by the joint decree of three ministers (SKB). */
public enum HolidayKind {
  /** Hari libur nasional. */
  LIBUR,
  /** Cuti bersama: collective leave, not a working day for the office either. */
  CUTI_BERSAMA
}
