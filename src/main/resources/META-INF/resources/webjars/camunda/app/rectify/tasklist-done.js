/*
 * Rectify Tasklist plugins (Camunda 7.24 frontend plugin API, plugin point `tasklist.navbar.action`): 已办 — the
 * tasks the logged-in user has completed — and 我发起的 — the instances he started (a topic from 发起流程) — newest
 * first. Camunda's filters query open tasks only; these read the engine's history through the webapps' engine API
 * with the Tasklist login. What they list is what the engine lets the user read: the history of the instances he
 * started, holds or held a task of (InstanceReadGrantPlugin).
 * Listed in tasklist/scripts/config.js `customScripts`. See docs/webapps.md.
 */

import { ENGINE, ROOT, element } from './shared.js';

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

function time(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  const two = (n) => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate()) + ' '
    + two(date.getHours()) + ':' + two(date.getMinutes());
}

async function currentUser() {
  return (await json(new URL('camunda/api/admin/auth/user/default', ROOT))).userId;
}

async function processNames(keys) {
  const names = {};
  const unique = [...new Set(keys.filter(Boolean))];
  if (unique.length > 0) {
    const definitions = await json(new URL('process-definition?latestVersion=true&keysIn='
      + encodeURIComponent(unique.join(',')), ENGINE));
    definitions.forEach((d) => { names[d.key] = d.name || d.key; });
  }
  return names;
}

async function doneTasks() {
  const tasks = await json(new URL('history/task?taskAssignee=' + encodeURIComponent(await currentUser())
    + '&finished=true&sortBy=endTime&sortOrder=desc&maxResults=50', ENGINE));
  const names = await processNames(tasks.map((t) => t.processDefinitionKey));
  return tasks.map((t) => [t.name || '', names[t.processDefinitionKey] || '', time(t.endTime)]);
}

const STATES = { ACTIVE: '办理中', SUSPENDED: '已暂停', COMPLETED: '已办结', EXTERNALLY_TERMINATED: '已终止',
  INTERNALLY_TERMINATED: '已终止' };

async function startedInstances() {
  const instances = await json(new URL('history/process-instance?startedBy=' + encodeURIComponent(await currentUser())
    + '&sortBy=startTime&sortOrder=desc&maxResults=50', ENGINE));
  const names = await processNames(instances.map((i) => i.processDefinitionKey));
  return instances.map((i) => [names[i.processDefinitionKey] || '', i.businessKey || '', time(i.startTime),
    STATES[i.state] || '']);
}

const VIEWS = {
  done: { button: '已办', tip: '我已办结的任务', title: '已办任务（最近 50 项）', empty: '您还没有办结的任务。',
    failed: '已办任务', columns: ['任务', '流程', '办结时间'], rows: doneTasks },
  started: { button: '我发起的', tip: '我发起的流程', title: '我发起的流程（最近 50 项）', empty: '您还没有发起过流程。',
    failed: '我发起的流程', columns: ['流程', '编号', '发起时间', '状态'], rows: startedInstances }
};

function panel(view, close) {
  const body = element('div', { class: 'rectify-done-body' }, ['正在读取…']);
  const closeButton = element('button', { type: 'button', class: 'btn btn-default btn-sm rectify-done-close' },
    ['关闭']);
  closeButton.addEventListener('click', close);
  const node = element('section', { class: 'rectify-done', role: 'dialog', 'aria-label': view.title }, [
    element('header', { class: 'rectify-done-header' }, [element('h3', {}, [view.title]), closeButton]),
    body
  ]);
  view.rows()
    .then((rows) => {
      if (rows.length === 0) {
        body.replaceChildren(view.empty);
        return;
      }
      body.replaceChildren(element('table', { class: 'table table-condensed rectify-done-table' }, [
        element('thead', {}, [element('tr', {}, view.columns.map((c) => element('th', {}, [c])))]),
        element('tbody', {}, rows.map((row) => element('tr', {}, row.map((cell) => element('td', {}, [cell])))))
      ]));
    })
    .catch((error) => body.replaceChildren(view.failed + '暂时无法读取（' + error.message + '）'));
  return node;
}

let openPanel = null;

function closePanel() {
  if (openPanel) {
    openPanel.remove();
    openPanel = null;
  }
}

function plugin(id, view, priority) {
  return {
    id,
    pluginPoint: 'tasklist.navbar.action',
    priority,
    render(node) {
      const button = element('button', { type: 'button', class: 'btn btn-default rectify-' + id.split('.')[1]
        + '-button', title: view.tip }, [view.button]);
      button.addEventListener('click', () => {
        const same = openPanel && openPanel.dataset.view === id;
        closePanel();
        if (!same) {
          openPanel = panel(view, closePanel);
          openPanel.dataset.view = id;
          document.body.append(openPanel);
        }
      });
      node.replaceChildren(button);
    }
  };
}

export default [plugin('rectify.done', VIEWS.done, 20), plugin('rectify.started', VIEWS.started, 19)];
