/*
 * Layanan Aptika: the language of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), and
 * how their Camunda Forms show secret fields. Each app's scripts/config.js imports this module;
 * see README, "Bahasa Indonesia".
 *
 * Indonesian is the default whatever the browser's language: the webapps pick the browser's
 * first language only if it is among `availableLocales`, so each page offers just one. English
 * stays selectable: `?lang=en` in any webapp URL (e.g. /camunda/app/cockpit/?lang=en#/) keeps
 * English in this browser, `?lang=id` returns to Indonesian.
 */
const STORAGE_KEY = 'aptika.lang';
const LANGUAGES = ['id', 'en'];

const asked = new URLSearchParams(window.location.search).get('lang');
if (LANGUAGES.includes(asked)) {
  window.localStorage.setItem(STORAGE_KEY, asked);
}
const stored = window.localStorage.getItem(STORAGE_KEY);

/** The language of this page: 'id' unless this browser chose English. */
export const language = LANGUAGES.includes(stored) ? stored : 'id';

export const locales = { availableLocales: [language], fallbackLocale: language };

/** A text of our own settings in this page's language: say('Indonesian', 'English'). */
export const say = (indonesian, english) => (language === 'en' ? english : indonesian);

document.documentElement.lang = language;

/**
 * The Welcome page's links: Camunda's own (the documentation) and the switch to the other
 * language, the webapps having no language menu of their own.
 */
export const welcomeLinks = [
  {
    label: 'DOCUMENTATION',
    href: 'https://docs.camunda.org/manual/latest/webapps/',
    description: 'DOCUMENTATION_DESCRIPTION'
  },
  language === 'en'
    ? {
        label: 'Bahasa Indonesia',
        href: '?lang=id',
        description: 'Camunda dalam Bahasa Indonesia, bahasa kerja kantor'
      }
    : {
        label: 'English',
        href: '?lang=en',
        description: 'Camunda dalam bahasa Inggris di peramban ini, untuk administrator'
      }
];

/*
 * Camunda Forms in Tasklist are drawn by form-js 1.8, whose field checks and list texts speak
 * English only and take no translation: they are translated where they appear, in the form.
 */
const FORM_JS_TEXTS = [
  [/^Select$/, () => 'Pilih'],
  [/^No results$/, () => 'Tidak ada hasil'],
  [/^All values selected$/, () => 'Semua nilai sudah dipilih'],
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must match pattern (.*)\.$/, (pattern) => `Isian tidak sesuai pola ${pattern}.`],
  [/^Field must have minimum value of (.*)\.$/, (min) => `Nilai paling kecil ${min}.`],
  [/^Field must have maximum value of (.*)\.$/, (max) => `Nilai paling besar ${max}.`],
  [/^Field must have minimum length of (.*)\.$/, (min) => `Paling sedikit ${min} karakter.`],
  [/^Field must have maximum length of (.*)\.$/, (max) => `Paling banyak ${max} karakter.`],
  [
    /^Field must be a valid +international phone number\..*$/,
    () => 'Isian harus nomor telepon internasional yang valid (mis. +6281234567890).'
  ],
  [/^Field must be a valid email\.$/, () => 'Isian harus alamat e-mail yang valid.'],
  [/^Value is not a number\.$/, () => 'Nilai bukan angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Nilai harus bilangan bulat.'],
  [
    /^Value is expected to have at most (\d+) decimal digits?\.$/,
    (digits) => `Paling banyak ${digits} angka di belakang koma.`
  ],
  [
    /^Please select a valid value, the nearest valid values are (.*) and (.*)\.$/,
    (below, above) => `Pilih nilai yang valid; yang terdekat ${below} dan ${above}.`
  ]
];

/** Translates the text node if it is one of form-js's own English texts. */
function translateFormText(text) {
  if (!text.parentElement || !text.parentElement.closest('.fjs-container')) {
    return;
  }
  for (const [english, indonesian] of FORM_JS_TEXTS) {
    const match = english.exec(text.data);
    if (match) {
      text.data = indonesian(...match.slice(1));
      return;
    }
  }
}

function translateFormTextsIn(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    translateFormText(node);
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      translateFormText(text);
    }
    node.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((input) => {
      input.placeholder = 'Cari';
    });
  }
}

if (language === 'id') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateFormText(mutation.target);
      } else {
        mutation.addedNodes.forEach((node) => {
          const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
          if (element && (element.closest('.fjs-container')
              || element.querySelector('.fjs-container'))) {
            translateFormTextsIn(node);
          }
        });
      }
    }
  }).observe(document.documentElement, { childList: true, characterData: true, subtree: true });
}

/*
 * Camunda 7 CE's webapps show every user a red "migrate to Camunda 8" banner. It is a note for
 * whoever runs the platform (the README says it), not for the office's staff, who can do nothing
 * about it: the webapps do not show it.
 */
const hideEndOfLifeBanner = document.createElement('style');
hideEndOfLifeBanner.textContent = '.ce-eol-banner { display: none !important; }';
document.head.appendChild(hideEndOfLifeBanner);

/*
 * Secret fields of Camunda Forms, as in any signing client, are masked and never kept in the
 * browser. form-js 1.8 has no password field: a text field's input becomes one here as soon as
 * form-js draws it (a field shown by a condition is drawn anew each time); form-js sets the typed
 * value as a property, never as an attribute, and does not touch `type` again, so the field stays
 * masked and is submitted as before. Tasklist's "Save" keeps a form's values in localStorage
 * (`camunda-form:<task>`): the secret fields are left out of what it keeps.
 */
const SECRET_FIELDS = [{ id: 'Field_signerPassphrase', key: 'signerPassphrase' }];

const SECRET_INPUTS = SECRET_FIELDS.map(({ id }) => `.fjs-container input[id$="-${id}"]`)
  .join(', ');

function mask(input) {
  if (input.type !== 'password') {
    input.type = 'password';
    input.autocomplete = 'off';
    input.spellcheck = false;
  }
}

function maskSecretInputsIn(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.matches(SECRET_INPUTS)) {
    mask(node);
  }
  node.querySelectorAll(SECRET_INPUTS).forEach(mask);
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    mutation.addedNodes.forEach(maskSecretInputsIn);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function setItemWithoutSecrets(key, value) {
  let kept = value;
  if (String(key).startsWith('camunda-form:')) {
    const values = JSON.parse(value);
    SECRET_FIELDS.forEach((field) => delete values[field.key]);
    kept = JSON.stringify(values);
  }
  return setItem.call(this, key, kept);
};

/*
 * The webapps keep translations in localStorage under a key ending in `window.bust` (the Camunda
 * version, "7.24.0") and drop every cached translation whose key lacks the current value. The
 * build puts a hash of our translations here, so an improved translation replaces the cached
 * one at the next page load instead of waiting for the next Camunda version.
 */
export const translationsVersion = '@aptika.translations.version@';
window.bust = window.bust + '-aptika.' + translationsVersion;
