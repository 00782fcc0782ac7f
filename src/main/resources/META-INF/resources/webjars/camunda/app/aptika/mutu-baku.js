/*
 * Layanan Aptika: the Mutu Baku panel in Cockpit, a plugin of the Camunda 7.24 Cockpit plugin API
 * registered in cockpit/scripts/config.js (customScripts). See docs/webapps.md, "Mutu Baku in
 * Cockpit".
 *
 * - On the dashboard: what is late now (GET /api/mutu-baku/late), the figures per procedure and
 *   step for a chosen period and unit (GET /api/mutu-baku/summary), the semester's SOP evaluation
 *   (Tabel 7, /api/mutu-baku/evaluation) with the evaluator's "Tindakan yang harus diambil", the
 *   record of overruns (/api/mutu-baku/overruns), and the holiday calendar's notices
 *   (GET /api/calendar/warnings).
 * - On each process definition, a "Mutu Baku" tab: that procedure's figures per step and its late
 *   requests.
 *
 * Every request goes with Cockpit's session. A part whose endpoint answers with an error says so
 * in Indonesian; the other parts still show.
 */

const STYLE = `
.aptika-mb { margin-bottom: 20px; }
.aptika-mb h3 { font-size: 16px; margin: 18px 0 8px; }
.aptika-mb .aptika-mb-filters { margin: 8px 0 4px; }
.aptika-mb .aptika-mb-filters label { margin-right: 12px; font-weight: normal; }
.aptika-mb .aptika-mb-filters select, .aptika-mb .aptika-mb-filters input { margin-left: 4px; }
.aptika-mb table { background: #fff; }
.aptika-mb td.aptika-mb-number, .aptika-mb th.aptika-mb-number { text-align: right; }
.aptika-mb tr.aptika-mb-escalated td { background: #fcf0f0; }
.aptika-mb .aptika-mb-procedure td { background: #f4f6f8; font-weight: bold; }
.aptika-mb .aptika-mb-muted { color: #6b7280; font-size: 12px; }
.aptika-mb textarea { width: 100%; min-height: 48px; }
.aptika-mb .aptika-mb-downloads a, .aptika-mb .aptika-mb-downloads button { margin-right: 6px; }
`;

function addStyle() {
  if (!document.getElementById('aptika-mutu-baku-style')) {
    const style = document.createElement('style');
    style.id = 'aptika-mutu-baku-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

/** An element with attributes (properties for on*, className, value) and children. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') || name === 'className' || name === 'value') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

/** An error answer of our API in Indonesian: its own message, or what went wrong. */
class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function failure(response) {
  let message = null;
  try {
    const body = await response.json();
    message = Array.isArray(body.errors) ? body.message : null; // only our own ApiErrors
  } catch (e) {
    // not one of our JSON errors (a proxy's page, an endpoint not yet deployed)
  }
  const why = {
    401: 'sesi Anda berakhir; silakan masuk lagi',
    403: 'Anda tidak berwenang melihatnya',
    404: 'layanan ini belum tersedia di server'
  }[response.status];
  return new ApiError(message || why || `server menjawab HTTP ${response.status}`, response.status);
}

async function getJson(path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

/** A file the server makes from a POST (the evaluation with the evaluator's actions). */
async function postForFile(path, body, csrfToken) {
  const headers = { 'Content-Type': 'application/json' };
  const cookie = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  const token = cookie ? decodeURIComponent(cookie[1]) : csrfToken; // the latest, as Cockpit sends it
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify(body)
  });
  if (!response.ok) {
    throw await failure(response);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = (disposition.match(/filename="?([^";]+)"?/) || [])[1] || 'evaluasi-sop';
  const link = el('a', { href: URL.createObjectURL(await response.blob()), download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

function problem(text) {
  return el('div', { className: 'alert alert-danger aptika-mb-problem', role: 'alert' }, text);
}

/** Fills {@code target} with what {@code draw} makes of the answer, or the reason there is none. */
async function show(target, what, load, draw) {
  target.replaceChildren(el('p', { className: 'aptika-mb-muted' }, `Memuat ${what}...`));
  try {
    target.replaceChildren(draw(await load()));
  } catch (e) {
    const reason = e instanceof ApiError ? e.message : 'server tidak dapat dihubungi';
    target.replaceChildren(problem(`Tidak dapat memuat ${what}: ${reason}.`));
  }
}

function query(parameters) {
  const search = new URLSearchParams();
  Object.entries(parameters).forEach(([name, value]) => {
    if (value) {
      search.set(name, value);
    }
  });
  return search.toString();
}

// --- the period: semesters (Januari-Juni, Juli-Desember), or any dates ---

function iso(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function semesterOf(date) {
  return `${date.getFullYear()}-${date.getMonth() < 6 ? 1 : 2}`;
}

function semesterDates(semester) {
  const [year, half] = semester.split('-').map(Number);
  return half === 1
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

function semesterName(semester) {
  const [year, half] = semester.split('-');
  return `Semester ${half === '1' ? 'I (Januari-Juni)' : 'II (Juli-Desember)'} ${year}`;
}

function recentSemesters(count) {
  const semesters = [];
  const date = new Date();
  date.setDate(1);
  for (let i = 0; i < count; i++) {
    semesters.push(semesterOf(date));
    date.setMonth(date.getMonth() - 6);
  }
  return semesters;
}

/** The period and unit chosen; {@code onChange} gets them whenever one changes. */
function filters(onChange) {
  const semesters = recentSemesters(4);
  const semester = el(
    'select',
    { className: 'form-control input-sm', name: 'semester' },
    semesters.map((s) => el('option', { value: s }, semesterName(s)))
  );
  const from = el('input', { type: 'date', className: 'form-control input-sm', name: 'from' });
  const to = el('input', { type: 'date', className: 'form-control input-sm', name: 'to' });
  const unit = el(
    'select',
    { className: 'form-control input-sm', name: 'unit' },
    el('option', { value: '' }, 'Semua unit kerja')
  );
  const chosen = () => ({
    semester: semester.value,
    from: from.value,
    to: to.value,
    unit: unit.value,
    unitName: unit.selectedOptions[0] ? unit.selectedOptions[0].textContent : ''
  });
  const useSemester = () => {
    Object.assign(from, { value: semesterDates(semester.value).from });
    Object.assign(to, { value: semesterDates(semester.value).to });
  };
  useSemester();
  semester.onchange = () => {
    useSemester();
    onChange(chosen());
  };
  [from, to, unit].forEach((input) => {
    input.onchange = () => onChange(chosen());
  });
  getJson('/api/units')
    .then((units) => units.forEach((u) => unit.append(el('option', { value: u.id }, u.name))))
    .catch(() => unit.append(el('option', { value: '', disabled: true }, '(daftar unit tidak dapat dimuat)')));
  const form = el(
    'div',
    { className: 'form-inline aptika-mb-filters' },
    el('label', {}, 'Periode', semester),
    el('label', {}, 'dari', from),
    el('label', {}, 'sampai', to),
    el('label', {}, 'Unit', unit)
  );
  return { form, chosen };
}

// --- what is late now ---

function lateTable(answer) {
  const late = answer.steps;
  if (late.length === 0) {
    return el('p', { className: 'aptika-mb-none' }, 'Tidak ada langkah yang melewati Mutu Baku saat ini.');
  }
  const table = el(
    'table',
    { className: 'table table-bordered table-condensed aptika-mb-late' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'Nomor permohonan'),
        el('th', {}, 'Unit'),
        el('th', {}, 'Langkah'),
        el('th', {}, 'Pemegang'),
        el('th', { className: 'aptika-mb-number' }, 'Terlambat (hari kerja)'),
        el('th', {}, 'Eskalasi')
      )
    ),
    el(
      'tbody',
      {},
      late.map((step) =>
        el(
          'tr',
          {
            className: step.escalated ? 'aptika-mb-escalated' : '',
            'data-process-instance-id': step.processInstanceId
          },
          el(
            'td',
            {},
            el(
              'a',
              { href: `#/process-instance/${step.processInstanceId}/runtime`, title: 'Buka instans proses' },
              step.referenceNumber || step.processInstanceId
            ),
            el('div', { className: 'aptika-mb-muted' }, step.processName)
          ),
          el('td', { className: 'aptika-mb-unit' }, step.unitName || step.unitId || '-'),
          el(
            'td',
            {},
            step.sopStep ? `${step.sopStep}. ${step.step}` : step.step,
            el('div', { className: 'aptika-mb-muted' }, `Tenggat ${formatTime(step.dueAt)}`)
          ),
          el('td', {}, step.holder),
          el(
            'td',
            { className: 'aptika-mb-number aptika-mb-days-late' },
            el('strong', { className: 'aptika-mb-days' }, String(step.daysLate)),
            el('div', { className: 'aptika-mb-muted' }, `${step.late} waktu kerja`)
          ),
          el(
            'td',
            { className: 'aptika-mb-escalated-cell' },
            step.escalated ? 'Ya' : 'Tidak',
            step.escalated
              ? el('div', { className: 'aptika-mb-muted' }, `sejak ${formatTime(step.escalatedAt)}`)
              : null
          )
        )
      )
    )
  );
  if (answer.total <= late.length) {
    return table;
  }
  return el(
    'div',
    {},
    el(
      'p',
      { className: 'aptika-mb-late-more' },
      `Ditampilkan ${late.length} dari ${number(answer.total, 0)} langkah yang terlambat: yang paling lama terlambat lebih dahulu.`
    ),
    table
  );
}

const TIME = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Jakarta'
});

function formatTime(text) {
  return text ? `${TIME.format(new Date(text))} WIB` : '-';
}

// --- the figures per procedure and step ---

function number(value, digits = 1) {
  return value === null || value === undefined
    ? '-'
    : Number(value).toLocaleString('id-ID', { maximumFractionDigits: digits });
}

function share(value) {
  return value === null || value === undefined ? '-' : `${number(value * 100, 0)}%`;
}

function summaryTable(summary) {
  const procedures = (summary && summary.processes) || [];
  if (procedures.length === 0) {
    return el('p', {}, 'Tidak ada angka untuk periode dan unit ini.');
  }
  const cells = (...values) => values.map((v, i) => el('td', { className: i > 1 ? 'aptika-mb-number' : '' }, v));
  return el(
    'table',
    { className: 'table table-bordered table-condensed aptika-mb-summary' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['Langkah', 'Mutu Baku', 'Selesai', 'Dalam Mutu Baku', 'Median (jam kerja)',
          'Persentil 90 (jam kerja)', 'Pengingat', 'Eskalasi'].map((h, i) =>
          el('th', { className: i > 1 ? 'aptika-mb-number' : '' }, h))
      )
    ),
    el(
      'tbody',
      {},
      procedures.map((p) => [
        el(
          'tr',
          { className: 'aptika-mb-procedure' },
          el('td', { colspan: 8 },
            `${p.name}: ${p.started} dimulai, ${p.finished} selesai`,
            p.mutuBakuText ? ` (Mutu Baku ${p.mutuBakuText})` : '',
            historyNotice(p.historyNotice))
        ),
        (p.steps || []).map((s) =>
          el(
            'tr',
            {},
            cells(
              `${s.no}. ${s.name}`,
              s.mutuBakuText || s.mutuBaku || '-',
              number(s.completed, 0),
              share(s.withinShare),
              number(s.medianHours),
              number(s.p90Hours),
              number(s.reminders, 0),
              number(s.escalations, 0)
            )
          )
        )
      ])
    )
  );
}

/** The server's notice that the history of part of the period is already gone, if it is. */
function historyNotice(text) {
  return text ? el('div', { className: 'text-warning aptika-mb-history' }, text) : null;
}

// --- the semester's SOP evaluation (Tabel 7) and the record of overruns ---

function evaluationForm(evaluation, chosen, csrfToken) {
  const rows = [];
  const table = el(
    'table',
    { className: 'table table-bordered table-condensed aptika-mb-evaluation' },
    el('thead', {}, el('tr', {},
      ['No', 'Prosedur', 'Penilaian', 'Catatan hasil penilaian', 'Tindakan yang harus diambil']
        .map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      (evaluation.sops || []).map((sop) => [
        el('tr', { className: 'aptika-mb-procedure' },
          el('td', { colspan: 5 }, sop.name, historyNotice(sop.historyNotice))),
        (sop.rows || []).map((row) => {
          const action = el('textarea', {
            className: 'form-control input-sm',
            'aria-label': `Tindakan yang harus diambil: ${sop.name}, langkah ${row.no}. ${row.prosedur}`,
            maxlength: 2000,
            value: row.tindakan || ''
          });
          rows.push({ key: sop.key, step: row.activityId, action });
          return el('tr', {},
            el('td', {}, row.no),
            el('td', {}, row.prosedur),
            el('td', {}, row.penilaian),
            el('td', {}, row.catatan),
            el('td', {}, action));
        })
      ])
    )
  );
  const status = el('div');
  const download = (format) => async () => {
    const actions = {};
    rows.forEach(({ key, step, action }) => {
      actions[key] = actions[key] || {};
      actions[key][step] = action.value;
    });
    status.replaceChildren(el('p', { className: 'aptika-mb-muted' }, `Menyiapkan ${format.toUpperCase()}...`));
    try {
      await postForFile(
        `/api/mutu-baku/evaluation?${query({ semester: chosen.semester, unit: chosen.unit, format })}`,
        { actions },
        csrfToken
      );
      status.replaceChildren();
    } catch (e) {
      const reason = e instanceof ApiError ? e.message : 'server tidak dapat dihubungi';
      status.replaceChildren(problem(`Evaluasi tidak dapat diunduh: ${reason}.`));
    }
  };
  return el(
    'div',
    {},
    table,
    el('div', { className: 'aptika-mb-downloads' },
      el('button', { type: 'button', className: 'btn btn-default btn-sm', onclick: download('xlsx') }, 'Unduh evaluasi (XLSX)'),
      el('button', { type: 'button', className: 'btn btn-default btn-sm', onclick: download('pdf') }, 'Unduh evaluasi (PDF)')),
    status
  );
}

function overrunLinks(chosen) {
  const path = (format) =>
    `/api/mutu-baku/overruns?${query({ from: chosen.from, to: chosen.to, unit: chosen.unit, format })}`;
  return el(
    'p',
    { className: 'aptika-mb-downloads' },
    'Catatan keterlambatan periode ini: ',
    el('a', { href: path('json'), target: '_blank', rel: 'noopener' }, 'JSON'),
    el('a', { href: path('csv'), download: true }, 'CSV'),
    el('a', { href: path('xlsx'), download: true }, 'XLSX')
  );
}

// --- the parts put together ---

async function calendarWarnings(target) {
  try {
    const warnings = await getJson('/api/calendar/warnings');
    target.replaceChildren(
      ...warnings.map((w) => el('div', { className: 'alert alert-warning aptika-mb-warning', role: 'alert' }, w.message))
    );
  } catch (e) {
    target.replaceChildren(); // no notice to give; the health check reports the calendar too
  }
}

function panel(node, api, processKey) {
  addStyle();
  const warnings = el('div');
  const late = el('div', { className: 'aptika-mb-late-part' });
  const summary = el('div', { className: 'aptika-mb-summary-part' });
  const evaluation = el('div', { className: 'aptika-mb-evaluation-part' });
  const overruns = el('div');

  const refresh = (chosen) => {
    show(late, 'daftar keterlambatan', () => getJson(`/api/mutu-baku/late?${query({ unit: chosen.unit, process: processKey })}`), lateTable);
    show(summary, 'ringkasan Mutu Baku', () => getJson(`/api/mutu-baku/summary?${query({ from: chosen.from, to: chosen.to, unit: chosen.unit, process: processKey })}`), summaryTable);
    if (!processKey) {
      show(evaluation, 'evaluasi SOP', () => getJson(`/api/mutu-baku/evaluation?${query({ semester: chosen.semester, unit: chosen.unit })}`),
        (answer) => evaluationForm(answer, chosen, api && api.CSRFToken));
      overruns.replaceChildren(overrunLinks(chosen));
    }
  };
  const { form, chosen } = filters(refresh);

  const parts = [
    warnings,
    form,
    el('h3', {}, 'Terlambat sekarang'),
    late,
    el('h3', {}, 'Angka per prosedur dan langkah'),
    el('p', { className: 'aptika-mb-muted' },
      'Langkah selesai dalam periode, bagian yang selesai dalam Mutu Baku, median dan persentil 90 lamanya dalam jam kerja, pengingat dan eskalasi yang terkirim.'),
    summary
  ];
  if (!processKey) {
    parts.push(
      el('h3', {}, 'Evaluasi SOP semester (PermenPANRB 35/2012, Tabel 7)'),
      el('p', { className: 'aptika-mb-muted' },
        'Penilaian dan catatan disusun dari angka periode. Isi atau ubah "Tindakan yang harus diambil", lalu unduh formulirnya.'),
      evaluation,
      overruns
    );
    calendarWarnings(warnings);
  }
  node.replaceChildren(el('div', { className: 'aptika-mb aptika-mb-panel' }, parts));
  refresh(chosen());
}

export default [
  {
    id: 'aptika.mutuBaku.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    // those who may not watch the Mutu Baku (a process owner, say) see nothing of it
    render: (node, { api }) =>
      getJson('/api/mutu-baku/late?maxResults=0')
        .then(() => panel(node, api, null))
        .catch((error) => (error.status === 403 ? node.replaceChildren() : panel(node, api, null)))
  },
  {
    id: 'aptika.mutuBaku.processDefinition',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: { label: 'Mutu Baku' },
    render: (node, { api, processDefinitionId }) => {
      node.replaceChildren(el('p', { className: 'aptika-mb-muted' }, 'Memuat...'));
      getJson(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`)
        .then((definition) => panel(node, api, definition.key))
        .catch(() => node.replaceChildren(problem('Definisi proses tidak dapat dibaca.')));
    }
  }
];

// for the other panels of Layanan Aptika in Cockpit (versions.js)
export { el, getJson, show, problem, formatTime };
