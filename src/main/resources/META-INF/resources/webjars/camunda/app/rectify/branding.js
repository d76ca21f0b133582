/*
 * Rectify branding, loaded by every webapp through `customScripts` in its scripts/config.js.
 * Reads the operator's settings (Spring properties rectify.webapp.*, served as settings.js) and shows the
 * "migrate to Camunda 8" banner only when it is switched on; marks the page's language; translates the few words
 * the 7.24 templates hard-code in English instead of taking them from the locale files.
 * Exports nothing: it is not a plugin.
 */
import settings from './settings.js';

if (settings && settings.camunda8Banner === true) {
  document.body.classList.add('rectify-show-camunda8-banner');
}

// same rule as the webapps' own language choice: first browser language, Chinese unless it is English
const firstLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
const chinese = firstLanguage.split('-')[0] !== 'en';
document.documentElement.setAttribute('lang', chinese ? 'zh-CN' : 'en');

// [selector, English text in the template, Chinese]
// Cockpit's instance page prints a bare `null` where an instance has no calling instance
const HARD_CODED = [
  ['thead .actions', 'Actions', '操作'],
  ['.null-value', 'null', '无']
];

function translateHardCoded() {
  HARD_CODED.forEach(([selector, english, translated]) => {
    document.querySelectorAll(selector).forEach((element) => {
      if (element.childElementCount === 0 && element.textContent.trim() === english) {
        element.textContent = translated;
      }
    });
  });
}

if (chinese) {
  new MutationObserver(translateHardCoded).observe(document.body, { childList: true, subtree: true });
}

// A refusal appears where the user acted: Tasklist puts its notification at the top of the start-form dialog, out of
// sight after a long form, so a new error notification is scrolled into view.
function showNewErrors(mutations) {
  mutations.forEach((mutation) => {
    mutation.addedNodes.forEach((node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) {
        return;
      }
      const alert = node.matches('.notifications .alert-danger') ? node : node.querySelector('.notifications .alert-danger');
      if (alert) {
        alert.scrollIntoView({ block: 'nearest' });
      }
    });
  });
}

new MutationObserver(showNewErrors).observe(document.body, { childList: true, subtree: true });
