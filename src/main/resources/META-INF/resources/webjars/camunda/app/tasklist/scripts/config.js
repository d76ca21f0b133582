/*
 * Rectify configuration of the Camunda 7.24 Tasklist (overrides the file of the same path in camunda-webapp-webjar;
 * the application's own classes come first on the classpath, both in `spring-boot:run` and in the fat jar).
 * Chinese (zh) is the default: chosen for Chinese browsers and as fallback for every language other than English.
 * See docs/webapps.md.
 */

export default {
  app: {
    name: '巡察整改 任务中心',
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
  customScripts: ['../rectify/branding', '../rectify/form-js-zh', '../rectify/task-claim', '../rectify/tasklist-done', '../rectify/task-evidence', '../rectify/task-history', '../rectify/task-card', '../rectify/tasklist-office', '../rectify/tasklist-office-contracts', '../rectify/tasklist-preferences'],
  // RequireJS gives up on a module (Camunda's plugin.js, Rectify's scripts) after 7 s by default and the app
  // then never leaves its spinner: a server busy at its first requests (cold start, load) needs longer.
  // ngDeps must be given with requireJsConfig (the app registers its custom AngularJS module with it).
  requireJsConfig: {
    ngDeps: [],
    waitSeconds: 60
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
