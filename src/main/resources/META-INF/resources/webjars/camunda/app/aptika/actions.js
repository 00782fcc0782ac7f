/*
 * Layanan Aptika: what the Camunda webapps offer to the signed-in person. Each app's
 * scripts/config.js imports this module; see README, "Documents and actions in the webapps".
 *
 * - Documents open in a new tab: a link to a stored document (/api/documents/...), or any link
 *   in a task or start form that leads away from the webapp, never replaces Tasklist, so what
 *   the person has typed into the form stays. It can be followed before the task is claimed.
 * - No button that can only fail: "Buat tugas" and "Klaim" are hidden until the server says the
 *   engine would allow them (GET /api/actions, /api/actions/tasks/{id}).
 * - Administrators find the integration status page (/integrasi) in their account menu.
 */

const DOCUMENTS = '/api/documents/';
const FORMS = '[cam-tasklist-form-embedded], [cam-tasklist-form-camunda], .fjs-container';

/** Whether a link must open in a new tab: a document, or a form's link out of the webapp. */
function opensElsewhere(link) {
  const href = link.getAttribute('href') || '';
  if (href.includes(DOCUMENTS)) {
    return true;
  }
  if (!link.closest(FORMS) || href === '' || href.startsWith('#')) {
    return false;
  }
  const target = new URL(link.href, window.location.href);
  return target.protocol.startsWith('http')
    && (target.origin !== window.location.origin || !target.pathname.startsWith('/camunda/'));
}

function openInNewTab(link) {
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.classList.add('aptika-opens-elsewhere');
}

/*
 * Before a task is claimed, Tasklist lays a veil over its form (.disabled-form:before) that takes
 * every click. Reading needs no claim: these links rise above the veil.
 */
const readableBeforeClaim = document.createElement('style');
readableBeforeClaim.textContent =
  '.disabled-form a.aptika-opens-elsewhere { position: relative; z-index: 1001; cursor: pointer; }';
document.head.appendChild(readableBeforeClaim);

function markLinksIn(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const links = node.matches('a[href]') ? [node] : [];
  links.concat([...node.querySelectorAll('a[href]')])
    .filter(opensElsewhere)
    .forEach(openInNewTab);
}

// Set on every link as it appears, and again at the click itself (before the browser follows
// it), so that no way of drawing a link (form-js markdown, embedded forms) can miss it.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link && opensElsewhere(link)) {
    openInNewTab(link);
  }
}, true);

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'attributes') {
      markLinksIn(mutation.target);
    } else {
      mutation.addedNodes.forEach(markLinksIn);
    }
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, attributes: true, attributeFilter: ['href']
});

/*
 * Hidden until allowed: a person without the right never sees the button, not even for a moment.
 * Should the question fail, the buttons are shown; the engine still refuses, in Indonesian.
 */
const offered = document.createElement('style');
offered.textContent = [
  'body:not(.aptika-may-create-task) .create-task-action { display: none !important; }',
  'body:not(.aptika-may-claim) button.claim { display: none !important; }',
  'body:not(.aptika-integration-status) li.aptika-integration-status { display: none !important; }'
].join('\n');
document.head.appendChild(offered);

async function ask(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if ([401, 403, 404].includes(response.status)) {
    return null; // not signed in, or nothing of this is theirs: nothing is offered
  }
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

function offer(className, allowed) {
  document.body.classList.toggle(className, allowed);
}

let askedFor = null;

/**
 * Asks once per signed-in session. The webapps draw the account menu anew at each login
 * (ng-if="authentication.name"), so its element stands for the session; its text does not, as it
 * changes from the user id to the full name while the page loads.
 */
function askWhatIsOffered(account) {
  if (askedFor === account) {
    return;
  }
  askedFor = account;
  ask('/api/actions')
    .then((actions) => {
      offer('aptika-may-create-task', Boolean(actions && actions.createTask));
      offer('aptika-integration-status', Boolean(actions && actions.integrationStatus));
    })
    .catch(() => offer('aptika-may-create-task', true));
}

function currentTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

let claimAskedFor = null;

function askWhetherClaimIsOffered() {
  const taskId = currentTaskId();
  if (taskId === claimAskedFor) {
    return;
  }
  claimAskedFor = taskId;
  offer('aptika-may-claim', false);
  if (!taskId) {
    return;
  }
  ask(`/api/actions/tasks/${encodeURIComponent(taskId)}`)
    .then((actions) => {
      if (currentTaskId() === taskId) {
        offer('aptika-may-claim', Boolean(actions && actions.claim));
      }
    })
    .catch(() => offer('aptika-may-claim', true));
}

const ADMIN_LINK = 'li.aptika-integration-status';

function addIntegrationStatusLink(menu) {
  if (menu.querySelector(ADMIN_LINK)) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'aptika-integration-status';
  const link = document.createElement('a');
  link.href = '/integrasi';
  link.textContent = document.documentElement.lang === 'en' ? 'Integration status' : 'Status integrasi';
  item.appendChild(link);
  menu.insertBefore(item, menu.querySelector('li.logout'));
}

function refreshOffers() {
  const menu = document.querySelector('li.account .dropdown-menu');
  if (menu) {
    addIntegrationStatusLink(menu);
    askWhatIsOffered(menu.closest('li.account'));
  } else if (askedFor !== null) {
    askedFor = null;
    offer('aptika-may-create-task', false);
    offer('aptika-integration-status', false);
  }
  if (document.querySelector('button.claim')) {
    askWhetherClaimIsOffered();
  } else {
    claimAskedFor = null;
  }
}

new MutationObserver(refreshOffers)
  .observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('hashchange', () => {
  claimAskedFor = null;
  refreshOffers();
});
