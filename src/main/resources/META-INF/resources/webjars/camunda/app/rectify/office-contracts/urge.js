/*
 * 催办 in Tasklist's task detail: for the users the access matrix lets urge (leaders, the Party secretary, the
 * rectification office) a 催办 button under the task's header, with the rate limit as it stands (GET
 * /api/tasks/{taskId}/urge/status: once per interval per task, the last urge, when the next is possible). The
 * urge itself is POST /api/tasks/{taskId}/urge; a refusal (too soon, task finished) is shown in Chinese next to
 * the button. Others see nothing. Loaded by tasklist-office-contracts.js; a DOM addition like task-claim.js, since
 * a task-detail tab cannot be hidden per user.
 */
import { api, element, engine, loadStyles, permissions, time } from './ui.js';

const URGE = '/api/tasks/{taskId}/urge';
let mayUrge = null;

function openTaskId() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function statusText(status) {
  const limit = '同一任务每 ' + status.intervalText + '最多催办一次';
  if (!status.lastUrgedAt) {
    return limit + '；尚未催办过，现在可以催办。';
  }
  const last = '上次由 ' + status.lastUrgedByName + ' 于 ' + time(status.lastUrgedAt) + ' 催办';
  return limit + '；' + last + '；' + (status.nextUrgeAllowedAt
    ? '下次可催办时间：' + time(status.nextUrgeAllowedAt) + '。'
    : '现在可以再次催办。');
}

function panel(taskId) {
  const state = element('span', { class: 'rectify-urge-status' }, ['正在读取催办记录…']);
  const overdue = element('span', { class: 'label label-danger rectify-urge-overdue', hidden: true }, ['已超期']);
  const note = element('input', { type: 'text', class: 'form-control input-sm rectify-urge-note', maxlength: 500,
    placeholder: '催办意见（可选）', 'aria-label': '催办意见', style: 'width: 16em' });
  const button = element('button', { type: 'button', class: 'btn btn-warning btn-sm rectify-urge-button' }, ['催办']);
  const result = element('div', { class: 'rectify-urge-result', role: 'status' });
  const node = element('div', { class: 'rectify-urge', 'data-task': taskId }, [overdue, note, button, state, result]);
  const refresh = () => api('GET', URGE.replace('{taskId}', encodeURIComponent(taskId)) + '/status')
    .then((status) => { state.textContent = statusText(status); })
    .catch((error) => { state.textContent = '催办记录暂时无法读取（' + error.message + '）'; });
  engine('task/' + encodeURIComponent(taskId))
    .then((task) => { overdue.hidden = !(task.due && new Date(task.due) < new Date()); })
    .catch(() => {});
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.className = 'rectify-urge-result';
    result.textContent = '';
    try {
      const urge = await api('POST', URGE.replace('{taskId}', encodeURIComponent(taskId)),
        note.value.trim() ? { message: note.value.trim() } : undefined);
      result.className = 'rectify-urge-result alert alert-success';
      result.textContent = '已催办“' + urge.taskName + '”，已通知办理人。下次可催办时间：' + time(urge.nextUrgeAllowedAt) + '。';
      note.value = '';
    } catch (error) {
      result.className = 'rectify-urge-result alert alert-danger';
      result.textContent = error.message + (error.details.length ? '（' + error.details.map((d) =>
        String(d).replace(/^[A-Za-z]+：/, '')).join('；') + '）' : '');
    } finally {
      button.disabled = false;
      refresh();
    }
  });
  refresh();
  return node;
}

function place() {
  const taskId = openTaskId();
  const meta = document.querySelector('.task-details header [cam-tasklist-task-meta]');
  const present = document.querySelector('.rectify-urge');
  if (present && (!taskId || present.dataset.task !== taskId || !meta)) {
    present.remove();
  }
  if (!taskId || !meta || meta.dataset.rectifyUrge === 'hidden'
    || document.querySelector('.rectify-urge[data-task="' + CSS.escape(taskId) + '"]')) {
    return;
  }
  if (mayUrge === null) {
    mayUrge = permissions().then((user) => user.may('POST', URGE)).catch(() => false);
  }
  mayUrge.then((may) => {
    // decided, for whoever looks (and the browser tests): shown or not for this task
    meta.dataset.rectifyUrge = may ? 'shown' : 'hidden';
    if (may && openTaskId() === taskId && meta.isConnected && !document.querySelector('.rectify-urge')) {
      loadStyles();
      // below the task's header (its meta row is a flex row), above the tabs
      (meta.closest('header') || meta).after(panel(taskId));
    }
  });
}

// who is logged in may change without a page load (log out, log in as another user): ask again then
window.addEventListener('hashchange', () => {
  if (!openTaskId()) {
    mayUrge = null;
  }
});
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('[ng-click*="logout"], .logout, a[href*="logout"]')) {
    mayUrge = null;
  }
});

new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
