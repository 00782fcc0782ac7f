package id.go.trenggalekkab.aptika.calendar;

/**
 * One entry of a year's list as an administrator sends it. Every field is text so that a bad date
 * or kind is refused with a message naming the entry, not as unreadable JSON.
 *
 * @param date {@code YYYY-MM-DD}
 * @param kind {@code LIBUR} or {@code CUTI_BERSAMA}
 */
record HolidayForm(String date, String kind, String name) {}
