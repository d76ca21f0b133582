/*
 * Rectify configuration of the Camunda 7.24 Admin (overrides the file of the same path in camunda-webapp-webjar;
 * the application's own classes come first on the classpath, both in `spring-boot:run` and in the fat jar).
 * Chinese (zh) is the default: chosen for Chinese browsers and as fallback for every language other than English.
 * See docs/webapps.md.
 */

export default {
  app: {
    name: '巡察整改 系统管理',
    vendor: 'Rectify'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },
  customScripts: ['../rectify/branding'],
  // RequireJS gives up on a module (Camunda's plugin.js, Rectify's scripts) after 7 s by default and the app
  // then never leaves its spinner: a server busy at its first requests (cold start, load) needs longer.
  // ngDeps must be given with requireJsConfig (the app registers its custom AngularJS module with it).
  requireJsConfig: {
    ngDeps: [],
    waitSeconds: 60
  },
  disableWelcomeMessage: true
};
