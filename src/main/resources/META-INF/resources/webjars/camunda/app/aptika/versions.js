/*
 * Layanan Aptika: "Versi prosedur" in Cockpit, a plugin of the Camunda 7.24 Cockpit plugin API
 * registered in cockpit/scripts/config.js (customScripts), for process owners. See
 * docs/pemilik-proses.md, "Memindahkan permohonan yang berjalan".
 *
 * - On the dashboard: every procedure's versions, newest first (GET /api/versions): who deployed
 *   each, when, from where, how many requests still run on it, what changed against the version
 *   before, and a link to Cockpit's migration page to move its requests to the newest version.
 *   Shown only to those the API answers (Pemilik Proses, Manajer Pemantau, Administrator).
 * - On each process definition, a "Versi" tab with that procedure's versions.
 */
import { el, getJson, show, problem, formatTime } from './mutu-baku.js?v=@aptika.translations.version@';

function migrationLink(procedure, version, newest) {
  if (version.runningRequests === 0 || version.version === newest.version || version.tenantId !== newest.tenantId) {
    return null;
  }
  const query = new URLSearchParams({
    sourceKey: procedure.key,
    sourceVersion: String(version.version),
    targetKey: procedure.key,
    targetVersion: String(newest.version)
  });
  return el('a', { href: `#/migration?${query}`, className: 'aptika-versions-migrate' },
    `Pindahkan ke versi ${newest.version}`);
}

function versionsTable(procedure) {
  const newest = procedure.versions[0];
  return el(
    'table',
    { className: 'table table-bordered table-condensed aptika-versions', 'data-process-key': procedure.key },
    el('thead', {}, el('tr', {},
      ['Versi', 'Disebarkan oleh', 'Waktu', 'Sumber', 'Permohonan berjalan', 'Perubahan dibanding versi sebelumnya']
        .map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      procedure.versions.map((v) =>
        el(
          'tr',
          { 'data-version': v.version },
          el('td', {}, String(v.version), v.tenantId ? el('div', { className: 'aptika-mb-muted' }, `unit ${v.tenantId}`) : null),
          el('td', { className: 'aptika-versions-by' }, v.deployedByName, v.deployedBy ? el('div', { className: 'aptika-mb-muted' }, v.deployedBy) : null),
          el('td', {}, formatTime(v.deployedAt)),
          el('td', {}, v.source || '-', el('div', { className: 'aptika-mb-muted' }, v.deploymentName || '')),
          el('td', {}, String(v.runningRequests), el('div', {}, migrationLink(procedure, v, newest))),
          el('td', {}, el('ul', { className: 'aptika-versions-changes' }, v.changes.map((c) => el('li', {}, c))))
        )
      )
    )
  );
}

function procedures(list) {
  return el('div', {}, list.map((p) => [el('h4', {}, p.name), versionsTable(p)]));
}

export default [
  {
    id: 'aptika.versions.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 15,
    render: (node) => {
      // only for those who may read the versions: the others see nothing of it
      getJson('/api/versions')
        .then((list) => node.replaceChildren(el('div', { className: 'aptika-mb' },
          el('h3', {}, 'Versi prosedur'), procedures(list))))
        .catch(() => node.replaceChildren());
    }
  },
  {
    id: 'aptika.versions.processDefinition',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 4,
    properties: { label: 'Versi' },
    render: (node, { api, processDefinitionId }) => {
      getJson(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`)
        .then((definition) => show(node, 'versi prosedur',
          () => getJson(`/api/versions?process=${encodeURIComponent(definition.key)}`), procedures))
        .catch(() => node.replaceChildren(problem('Definisi proses tidak dapat dibaca.')));
    }
  }
];
