/*
 * Shared by Rectify's Tasklist task-detail tabs (task-evidence.js, task-history.js): the record an open task
 * belongs to, read with the Tasklist login, and small DOM and request helpers. Not a plugin: exports helpers only.
 * Everything is read as the logged-in user: the engine answers only what his authorizations allow, Rectify's /api
 * only what the access matrix allows (docs/security.md).
 */

import { ENGINE, ROOT, element, xsrfToken } from './shared.js';

export { ENGINE, ROOT, element };

/** A refusal or failure as the user reads it: the server's Chinese sentence, never a status code alone. */
export class Refused extends Error {}

async function refusal(response, what) {
  const body = await response.json().catch(() => ({}));
  return new Refused(body.error || body.message || what + '暂时无法读取，请稍后重试');
}

/** The answer of a GET (the response itself when `whole`, for its headers). */
export async function json(url, what, whole) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw await refusal(response, what || '');
  }
  return whole ? response : response.json();
}

export async function send(url, method, body, what) {
  const response = await fetch(url, {
    method,
    body,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': await xsrfToken() }
  });
  if (!response.ok) {
    throw await refusal(response, what);
  }
  return response.status === 204 ? null : response.json();
}

export function time(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  const two = (n) => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate()) + ' '
    + two(date.getHours()) + ':' + two(date.getMinutes());
}

/** The open task's record: process key, instance and business key (measure code, contract number …). */
export async function recordOf(taskId) {
  const task = await json(new URL('task/' + encodeURIComponent(taskId), ENGINE), '任务');
  if (!task.processInstanceId) {
    return { task, processKey: null, businessKey: null, processInstanceId: null };
  }
  const definition = await json(new URL('process-definition/' + encodeURIComponent(task.processDefinitionId),
    ENGINE), '流程定义');
  const instance = await json(new URL('history/process-instance/' + encodeURIComponent(task.processInstanceId),
    ENGINE), '流程实例');
  return { task, processKey: definition.key, processName: definition.name, businessKey: instance.businessKey,
    processInstanceId: task.processInstanceId };
}
