/*
 * Rectify Tasklist plugin (Camunda 7.24 frontend plugin API, plugin point `tasklist.navbar.action`): 已办 — the
 * tasks the logged-in user has completed, newest first. Camunda's filters query open tasks only; this reads the
 * engine's task history through the webapps' engine API with the Tasklist login. What it lists is what the engine
 * lets the user read: the history of the instances he holds or held a task of (InstanceReadGrantPlugin).
 * Listed in tasklist/scripts/config.js `customScripts`. See docs/webapps.md.
 */

// app root = four levels above <base href=".../camunda/app/tasklist/default/">, whatever the context path
const ROOT = new URL('../../../../', document.baseURI);
const ENGINE = new URL('camunda/api/engine/engine/default/', ROOT);

function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  (children || []).forEach((child) => node.append(child));
  return node;
}

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

async function doneTasks() {
  const user = await json(new URL('camunda/api/admin/auth/user/default', ROOT));
  const tasks = await json(new URL('history/task?taskAssignee=' + encodeURIComponent(user.userId)
    + '&finished=true&sortBy=endTime&sortOrder=desc&maxResults=50', ENGINE));
  const keys = [...new Set(tasks.map((t) => t.processDefinitionKey).filter(Boolean))];
  const names = {};
  if (keys.length > 0) {
    const definitions = await json(new URL('process-definition?latestVersion=true&keysIn='
      + encodeURIComponent(keys.join(',')), ENGINE));
    definitions.forEach((d) => { names[d.key] = d.name || d.key; });
  }
  return tasks.map((t) => ({ name: t.name, process: names[t.processDefinitionKey] || '', ended: time(t.endTime) }));
}

function panel(close) {
  const body = element('div', { class: 'rectify-done-body' }, ['正在读取已办任务…']);
  const closeButton = element('button', { type: 'button', class: 'btn btn-default btn-sm rectify-done-close' },
    ['关闭']);
  closeButton.addEventListener('click', close);
  const node = element('section', { class: 'rectify-done', role: 'dialog', 'aria-label': '已办任务' }, [
    element('header', { class: 'rectify-done-header' }, [element('h3', {}, ['已办任务（最近 50 项）']), closeButton]),
    body
  ]);
  doneTasks()
    .then((rows) => {
      if (rows.length === 0) {
        body.replaceChildren('您还没有办结的任务。');
        return;
      }
      const table = element('table', { class: 'table table-condensed rectify-done-table' }, [
        element('thead', {}, [element('tr', {}, [
          element('th', {}, ['任务']), element('th', {}, ['流程']), element('th', {}, ['办结时间'])])]),
        element('tbody', {}, rows.map((row) => element('tr', {}, [
          element('td', {}, [row.name || '']), element('td', {}, [row.process]), element('td', {}, [row.ended])])))
      ]);
      body.replaceChildren(table);
    })
    .catch((error) => body.replaceChildren('已办任务暂时无法读取（' + error.message + '）'));
  return node;
}

export default [
  {
    id: 'rectify.done',
    pluginPoint: 'tasklist.navbar.action',
    priority: 20,
    render(node) {
      let open = null;
      const button = element('button', { type: 'button', class: 'btn btn-default rectify-done-button',
        title: '我已办结的任务' }, ['已办']);
      const close = () => {
        if (open) {
          open.remove();
          open = null;
        }
      };
      button.addEventListener('click', () => {
        if (open) {
          close();
          return;
        }
        open = panel(close);
        document.body.append(open);
      });
      node.replaceChildren(button);
    }
  }
];
