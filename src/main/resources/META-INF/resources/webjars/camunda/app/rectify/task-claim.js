/*
 * Tasklist shows 认领 on every unassigned task a user can open, also where the engine can only refuse the claim: a
 * leader or the rectification office reading another department's task. This custom script of Tasklist asks the
 * engine (its authorization check, for the logged-in user) whether he may work on the open task and, if not,
 * shows 仅可查看 in place of the button. The engine decides as for the claim itself: TASK_WORK or UPDATE on the
 * task, or TASK_WORK or UPDATE_TASK on its process definition. Any failed check leaves the button as it is.
 * Exports nothing: it is not a plugin.
 */
const base = document.querySelector('base');
const path = window.location.pathname.split('/');
const engine = path[path.indexOf('tasklist') + 1] || 'default';
const api = `${base.getAttribute('engine-api')}engine/${engine}/`;
const decided = new Map();

async function get(resource) {
  const response = await fetch(api + resource, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${resource}: ${response.status}`);
  }
  return response.json();
}

async function authorized(permission, resourceName, resourceType, resourceId) {
  const query = new URLSearchParams({ permissionName: permission, resourceName, resourceType, resourceId });
  return (await get(`authorization/check?${query}`)).authorized === true;
}

async function mayWork(taskId) {
  if ((await authorized('TASK_WORK', 'Task', 7, taskId)) || (await authorized('UPDATE', 'Task', 7, taskId))) {
    return true;
  }
  const task = await get(`task/${encodeURIComponent(taskId)}`);
  if (!task.processDefinitionId) {
    return true;
  }
  const definition = await get(`process-definition/${encodeURIComponent(task.processDefinitionId)}`);
  return (
    (await authorized('TASK_WORK', 'ProcessDefinition', 6, definition.key)) ||
    (await authorized('UPDATE_TASK', 'ProcessDefinition', 6, definition.key))
  );
}

function openTaskId() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function readOnly(button) {
  if (button.parentNode.querySelector('.rectify-read-only')) {
    return;
  }
  const note = document.createElement('span');
  note.className = 'rectify-read-only';
  note.textContent = '仅可查看';
  note.title = '此任务属于其他科室或其他办理人，您可以查看，不能认领';
  button.style.display = 'none';
  button.parentNode.appendChild(note);
}

function checkClaimButton() {
  const button = document.querySelector('.task-details button.claim, [cam-tasklist-task-meta] button.claim, button.claim');
  const taskId = openTaskId();
  if (!button || !taskId || button.dataset.rectifyTask === taskId) {
    return;
  }
  button.dataset.rectifyTask = taskId;
  if (!decided.has(taskId)) {
    decided.set(taskId, mayWork(taskId).catch(() => true));
  }
  decided.get(taskId).then((may) => {
    button.dataset.rectifyDecided = may ? 'work' : 'read';
    if (!may && button.isConnected && openTaskId() === taskId) {
      readOnly(button);
    }
  });
}

new MutationObserver(checkClaimButton).observe(document.body, { childList: true, subtree: true });
