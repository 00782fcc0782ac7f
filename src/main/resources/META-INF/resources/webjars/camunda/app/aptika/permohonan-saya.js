/*
 * Layanan Aptika: a link in Tasklist's header to "Permohonan saya" (/permohonan-saya/), where a
 * clerk follows her unit's requests. Imported by tasklist/scripts/config.js; the link joins the
 * header's own actions (Mulai proses, ...) once Tasklist has drawn them.
 */
const LINK_CLASS = 'aptika-my-requests';

function addLink() {
  const actions = document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
  if (!actions || actions.querySelector(`.${LINK_CLASS}`)) {
    return;
  }
  const item = document.createElement('li');
  item.className = LINK_CLASS;
  const link = document.createElement('a');
  link.href = '/permohonan-saya/';
  link.textContent = 'Permohonan saya';
  link.title = 'Permohonan unit kerja Anda dan posisinya sekarang';
  item.appendChild(link);
  actions.appendChild(item);
}

new MutationObserver(addLink).observe(document.documentElement, { childList: true, subtree: true });
