/*
 * Rectify Tasklist plugin (plugin point `tasklist.task.detail`): the tab 办理经过 — the history of the record the
 * open task belongs to (a measure, a contract, an agenda topic, a spot check), newest first, in Chinese: who did
 * what when, people by name and department. Read from GET /api/tasks/{taskId}/history with the Tasklist login;
 * the server answers only if the engine lets the user read the task's process instance.
 * Listed in tasklist/scripts/config.js `customScripts`. See docs/webapps.md.
 */
import { ROOT, element, json, time } from './task-record.js';

function render(node, taskId) {
  node.replaceChildren(element('div', { class: 'rectify-history' }, ['正在读取…']));
  json(new URL('api/tasks/' + encodeURIComponent(taskId) + '/history', ROOT), '办理经过')
    .then((lines) => {
      const list = element('ol', { class: 'rectify-history-list' }, lines.map((line) => element('li', {}, [
        element('span', { class: 'rectify-history-time' }, [time(line.at)]),
        element('span', { class: 'rectify-history-actor' },
          [line.actor + (line.unit ? '（' + line.unit + '）' : '')]),
        element('span', { class: 'rectify-history-action' }, [line.action]),
        element('span', { class: 'rectify-history-detail' }, [line.detail])
      ])));
      node.replaceChildren(element('div', { class: 'rectify-history' },
        [lines.length === 0 ? '尚无办理记录。' : list]));
    })
    .catch((error) => node.replaceChildren(element('div', { class: 'rectify-history' },
      [element('p', { class: 'text-danger' }, [error.message])])));
}

export default [{
  id: 'rectify.task.worklog',
  pluginPoint: 'tasklist.task.detail',
  priority: 850,
  properties: { label: '办理经过' },
  render(node, { taskId }) {
    render(node, taskId);
  }
}];
