/*
 * Layanan Aptika: the language of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome).
 * Each app's scripts/config.js imports this module; see README, "Bahasa Indonesia".
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
 * The webapps keep translations in localStorage under a key ending in `window.bust` (the Camunda
 * version, "7.24.0") and drop every cached translation whose key lacks the current value. The
 * build puts a hash of our translations here, so an improved translation replaces the cached
 * one at the next page load instead of waiting for the next Camunda version.
 */
export const translationsVersion = '@aptika.translations.version@';
window.bust = window.bust + '-aptika.' + translationsVersion;
