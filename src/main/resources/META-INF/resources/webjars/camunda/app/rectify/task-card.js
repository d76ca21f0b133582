/*
 * Rectify Tasklist plugin (plugin point `tasklist.card`): a task card shows the record's status colour (绿色 正常 /
 * 黄色 临近 / 红色 超期) and its due date in place of the bare priority number. Read from the task's variables
 * `statusColourText` and `dueDateText` (docs/developer-brief.md) with the Tasklist login — the engine answers for
 * the tasks the user may read; a task without them keeps the engine's own due date, and shows no badge.
 * Listed in tasklist/scripts/config.js `customScripts`. See docs/webapps.md.
 */
import { ENGINE, element, json } from './task-record.js';

const COLOURS = { 绿色: 'green', 黄色: 'yellow', 红色: 'red' };

function badge(colourText, dueText) {
  const colour = COLOURS[(colourText || '').split(' ')[0]];
  const parts = [];
  if (colour) {
    parts.push(element('span', { class: 'rectify-card-colour rectify-card-' + colour, title: '进度状态' },
      [colourText]));
  }
  if (dueText) {
    parts.push(element('span', { class: 'rectify-card-due', title: '整改期限' }, ['期限 ' + dueText]));
  }
  return parts.length === 0 ? null : element('div', { class: 'rectify-card-status' }, parts);
}

export default [{
  id: 'rectify.task.card',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render(node, { taskId }) {
    json(new URL('task/' + encodeURIComponent(taskId)
      + '/variables?variableNames=statusColourText,dueDateText&deserializeValues=false', ENGINE), '任务')
      .then((variables) => {
        const shown = badge(variables.statusColourText && variables.statusColourText.value,
          variables.dueDateText && variables.dueDateText.value);
        if (!shown) {
          return;
        }
        // the card is in the page by now (render may run before the plugin's node is attached)
        const card = node.closest('li.task, .task');
        const wrapper = card && card.querySelector('.cells-wrapper');
        if (!wrapper) {
          node.replaceChildren(shown);
          return;
        }
        wrapper.querySelectorAll('.rectify-card-status').forEach((old) => old.remove());
        card.classList.add('rectify-card-has-status');
        wrapper.append(shown);
      })
      .catch(() => {});
  }
}];
