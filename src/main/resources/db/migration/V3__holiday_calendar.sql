-- The holiday calendar: national holidays (LIBUR) and collective leave (CUTI_BERSAMA), fixed
-- each year by the SKB of three ministers and sometimes amended. Administrators replace a year's
-- list over the API (PUT /api/holidays/{year}); a release is never needed.
-- Columns are not called "date" or "year": both are keywords in H2 and SQL.
create table apt_holiday (
  holiday_date date         not null primary key,
  kind         varchar(20)  not null,
  name         varchar(200) not null,
  constraint apt_holiday_kind check (kind in ('LIBUR', 'CUTI_BERSAMA'))
);

-- The years whose list is known. A known year may have no holidays; a year missing here makes
-- the calendar count weekends only, with a warning and the health component UNKNOWN.
create table apt_holiday_year (
  calendar_year integer     not null primary key,
  updated_at    timestamp   not null,
  updated_by    varchar(64) not null
);

-- 2026: SKB Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025.
insert into apt_holiday (holiday_date, kind, name) values
  (date '2026-01-01', 'LIBUR',        'Tahun Baru 2026 Masehi'),
  (date '2026-01-16', 'LIBUR',        'Isra Mikraj Nabi Muhammad SAW'),
  (date '2026-02-16', 'CUTI_BERSAMA', 'Tahun Baru Imlek'),
  (date '2026-02-17', 'LIBUR',        'Tahun Baru Imlek 2577 Kongzili'),
  (date '2026-03-18', 'CUTI_BERSAMA', 'Hari Suci Nyepi'),
  (date '2026-03-19', 'LIBUR',        'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  (date '2026-03-20', 'CUTI_BERSAMA', 'Idulfitri'),
  (date '2026-03-21', 'LIBUR',        'Idulfitri 1447 H'),
  (date '2026-03-22', 'LIBUR',        'Idulfitri 1447 H'),
  (date '2026-03-23', 'CUTI_BERSAMA', 'Idulfitri'),
  (date '2026-03-24', 'CUTI_BERSAMA', 'Idulfitri'),
  (date '2026-04-03', 'LIBUR',        'Wafat Yesus Kristus'),
  (date '2026-04-05', 'LIBUR',        'Kebangkitan Yesus Kristus (Paskah)'),
  (date '2026-05-01', 'LIBUR',        'Hari Buruh Internasional'),
  (date '2026-05-14', 'LIBUR',        'Kenaikan Yesus Kristus'),
  (date '2026-05-15', 'CUTI_BERSAMA', 'Kenaikan Yesus Kristus'),
  (date '2026-05-27', 'LIBUR',        'Iduladha 1447 H'),
  (date '2026-05-28', 'CUTI_BERSAMA', 'Iduladha'),
  (date '2026-05-31', 'LIBUR',        'Hari Raya Waisak 2570 BE'),
  (date '2026-06-01', 'LIBUR',        'Hari Lahir Pancasila'),
  (date '2026-06-16', 'LIBUR',        '1 Muharam Tahun Baru Islam 1448 H'),
  (date '2026-08-17', 'LIBUR',        'Proklamasi Kemerdekaan'),
  (date '2026-08-25', 'LIBUR',        'Maulid Nabi Muhammad SAW'),
  (date '2026-12-24', 'CUTI_BERSAMA', 'Kelahiran Yesus Kristus'),
  (date '2026-12-25', 'LIBUR',        'Kelahiran Yesus Kristus');

insert into apt_holiday_year (calendar_year, updated_at, updated_by)
values (2026, current_timestamp, 'system');
