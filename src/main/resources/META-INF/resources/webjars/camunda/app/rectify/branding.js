/*
 * Rectify branding, loaded by every webapp through `customScripts` in its scripts/config.js.
 * Reads the operator's settings (Spring properties rectify.webapp.*, served as settings.js) and shows the
 * "migrate to Camunda 8" banner only when it is switched on. Exports nothing: it is not a plugin.
 */
import settings from './settings.js';

if (settings && settings.camunda8Banner === true) {
  document.body.classList.add('rectify-show-camunda8-banner');
}
// same rule as the webapps' own language choice: first browser language, Chinese unless it is English
const firstLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
document.documentElement.setAttribute('lang', firstLanguage.split('-')[0] === 'en' ? 'en' : 'zh-CN');
