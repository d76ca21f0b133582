/*
 * Shared pieces of Rectify's office screens in Tasklist (合同登记, 会议, 黑名单, 催办, 提醒设置): calls to Rectify's /api with the
 * Tasklist login (changes carry the webapps' CSRF token from GET /api/session/token), what the access matrix lets
 * the user do (GET /api/session/permissions), a Bootstrap dialog as the webapps draw theirs, and forms whose
 * refusals — the browser's checks and the API's — are shown in Chinese under the field they concern.
 * Everything that comes from the server is written as text (textContent), never as HTML.
 */

import { ENGINE, ROOT, element, xsrfToken } from '../shared.js';

export { ENGINE, ROOT, element, xsrfToken };

/** An answer of /api that was not 2xx: its Chinese message and the details (`field：detail`). */
export class Refusal extends Error {
  constructor(status, answer) {
    super(answer.error || ('请求未完成（' + status + '）'));
    this.status = status;
    this.details = Array.isArray(answer.details) ? answer.details : [];
  }
}

/** Calls Rectify's API with the Tasklist session; a change carries the CSRF token. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = await xsrfToken();
  }
  const response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
    method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  let answer = {};
  try {
    answer = text ? JSON.parse(text) : {};
  } catch (notJson) {
    answer = {};
  }
  if (!response.ok) {
    throw new Refusal(response.status, answer);
  }
  return answer;
}

export async function engine(path) {
  const response = await fetch(new URL(path, ENGINE), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

/** What the logged-in user may call, from the access matrix: `may('POST', '/api/contracts')`. */
export async function permissions() {
  const answer = await api('GET', '/api/session/permissions');
  const rows = new Map(answer.allowed.map((row) => [row.method + ' ' + row.path, row]));
  return {
    userId: answer.userId,
    departments: answer.departments,
    may: (method, path) => rows.has(method + ' ' + path),
    allRecords: (method, path) => (rows.get(method + ' ' + path) || {}).allRecords === true
  };
}

let stylesLoaded = false;

/** The screens' few styles of their own, next to this file. */
export function loadStyles() {
  if (!stylesLoaded) {
    document.head.append(element('link', { rel: 'stylesheet', href: new URL('office-contracts.css', import.meta.url).href }));
    stylesLoaded = true;
  }
}

let openDialog = null;

export function closeDialog() {
  if (openDialog) {
    openDialog.forEach((node) => node.remove());
    openDialog = null;
    document.body.classList.remove('modal-open');
  }
}

/** A large dialog as the webapps draw theirs (发起流程): title, body, 关闭. Returns the body. */
export function dialog(id, title) {
  closeDialog();
  loadStyles();
  const body = element('div', { class: 'modal-body' });
  const close = element('button', { type: 'button', class: 'close', 'aria-label': '关闭' }, ['×']);
  const footerClose = element('button', { type: 'button', class: 'btn btn-default' }, ['关闭']);
  close.addEventListener('click', closeDialog);
  footerClose.addEventListener('click', closeDialog);
  const backdrop = element('div', { class: 'modal-backdrop fade in' });
  const modal = element('div', { class: 'modal fade in rectify-office-modal', id, role: 'dialog', 'aria-label': title,
    style: 'display: block' }, [
    element('div', { class: 'modal-dialog modal-lg' }, [
      element('div', { class: 'modal-content' }, [
        element('div', { class: 'modal-header' }, [close, element('h3', { class: 'modal-title' }, [title])]),
        body,
        element('div', { class: 'modal-footer' }, [footerClose])
      ])
    ])
  ]);
  document.body.append(backdrop, modal);
  document.body.classList.add('modal-open');
  openDialog = [backdrop, modal];
  return body;
}

export function two(n) {
  return String(n).padStart(2, '0');
}

export function time(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate()) + ' '
    + two(date.getHours()) + ':' + two(date.getMinutes());
}

/** Today in the browser's time zone (the bureau's: Asia/Shanghai) as yyyy-MM-dd. */
export function today() {
  const now = new Date();
  return now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
}

/** A date as typed: 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日 → 2026-12-31; null if not a date. */
export function parseDate(text) {
  const match = String(text || '').trim().match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/);
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return year + '-' + two(month) + '-' + two(day);
}

/** An amount as the bureau writes it: 1,250,000 元（125 万元）. */
export function amountText(yuan) {
  if (yuan === null || yuan === undefined || yuan === '') {
    return '';
  }
  const value = Number(yuan);
  const format = (n, digits) => n.toLocaleString('zh-CN', { maximumFractionDigits: digits, useGrouping: true });
  let text = format(value, 2) + ' 元';
  if (Math.abs(value) >= 10000) {
    text += '（' + format(value / 10000, 6) + ' 万元）';
  }
  return text;
}

/**
 * A form of Bootstrap form groups. `fields`: {name, label, type (text|select|checkbox|textarea), options
 * [[value, label]], hint, required, maxlength, placeholder, list}. `check(values)` returns {field: message} of the
 * browser's checks (the API's rules); `submit(values)` sends; a Refusal's details land under their fields.
 */
export function form(id, fields, { submitLabel, check, submit, done }) {
  const groups = new Map();
  const status = element('div', { class: 'rectify-office-status', role: 'status' });
  const node = element('form', { id, class: 'form-horizontal rectify-office-form', novalidate: true });
  for (const field of fields) {
    const inputId = id + '-' + field.name;
    let input;
    if (field.type === 'select') {
      input = element('select', { id: inputId, name: field.name, class: 'form-control' },
        field.options.map(([value, label]) => element('option', { value }, [label])));
    } else if (field.type === 'textarea') {
      input = element('textarea', { id: inputId, name: field.name, class: 'form-control', rows: 2,
        maxlength: field.maxlength, placeholder: field.placeholder });
    } else if (field.type === 'checkbox') {
      input = element('input', { id: inputId, name: field.name, type: 'checkbox', checked: field.checked });
    } else {
      input = element('input', { id: inputId, name: field.name, type: 'text', class: 'form-control',
        maxlength: field.maxlength, placeholder: field.placeholder, list: field.list, autocomplete: 'off' });
    }
    if (field.value !== undefined && field.type !== 'checkbox') {
      input.value = field.value;
    }
    const help = element('span', { class: 'help-block rectify-field-error', id: inputId + '-error' });
    const hint = field.hint ? element('span', { class: 'help-block rectify-field-hint' }, [field.hint]) : null;
    const control = field.type === 'checkbox'
      ? element('div', { class: 'col-sm-9 col-sm-offset-3' }, [
        element('div', { class: 'checkbox' }, [element('label', { for: inputId }, [input, ' ' + field.label])]), hint, help])
      : element('div', { class: 'col-sm-9' }, [input, hint, help]);
    const label = field.type === 'checkbox' ? null
      : element('label', { class: 'col-sm-3 control-label', for: inputId }, [field.label + (field.required ? ' *' : '')]);
    const group = element('div', { class: 'form-group', 'data-field': field.name }, [label, control]);
    if (field.hidden) {
      group.hidden = true;
    }
    groups.set(field.name, { group, input, help });
    node.append(group);
  }
  const button = element('button', { type: 'submit', class: 'btn btn-primary', id: id + '-submit' }, [submitLabel]);
  node.append(element('div', { class: 'form-group' }, [element('div', { class: 'col-sm-9 col-sm-offset-3' }, [button])]),
    status);

  const values = () => Object.fromEntries([...groups].map(([name, { input }]) =>
    [name, input.type === 'checkbox' ? input.checked : input.value.trim()]));

  function clear() {
    groups.forEach(({ group, help }) => {
      group.classList.remove('has-error');
      help.textContent = '';
    });
    status.className = 'rectify-office-status';
    status.replaceChildren();
  }

  function fieldError(name, message) {
    const target = groups.get(name);
    if (!target || target.group.hidden) {
      return false;
    }
    target.group.classList.add('has-error');
    target.help.textContent = target.help.textContent ? target.help.textContent + '；' + message : message;
    return true;
  }

  /** Shows a refusal: each `field：detail` under its field, the rest (and the message) above the button. */
  function refused(message, details) {
    const rest = [];
    for (const detail of details || []) {
      const match = String(detail).match(/^([A-Za-z]+)(?:\[\d+\])?(?:\.[A-Za-z]+)?：(.*)$/);
      if (!(match && fieldError(match[1], match[2]))) {
        rest.push(detail);
      }
    }
    status.className = 'rectify-office-status alert alert-danger';
    status.replaceChildren(element('strong', {}, [message]),
      ...rest.map((detail) => element('div', {}, [detail])));
  }

  node.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const current = values();
    const problems = check ? check(current) : {};
    if (Object.keys(problems).length > 0) {
      Object.entries(problems).forEach(([name, message]) => fieldError(name, message));
      refused('填写有误，未提交：请按红色提示修改', []);
      return;
    }
    button.disabled = true;
    try {
      const answer = await submit(current);
      status.className = 'rectify-office-status alert alert-success';
      status.replaceChildren(done(answer, current));
    } catch (error) {
      refused(error.message, error.details);
    } finally {
      button.disabled = false;
    }
  });
  return { node, values, input: (name) => groups.get(name).input, group: (name) => groups.get(name).group, clear };
}

/** A Bootstrap table of text cells (a cell may be a node, e.g. buttons). */
export function table(className, columns, rows) {
  const cell = (value) => element('td', {}, [value instanceof Node ? value : String(value ?? '')]);
  return element('table', { class: 'table table-striped table-condensed ' + className }, [
    element('thead', {}, [element('tr', {}, columns.map((c) => element('th', {}, [c])))]),
    element('tbody', {}, rows.map((row) => element('tr', { 'data-key': row.key }, row.cells.map(cell))))
  ]);
}
