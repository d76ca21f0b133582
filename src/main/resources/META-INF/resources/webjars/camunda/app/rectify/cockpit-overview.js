/*
 * Rectify Cockpit plugins (Camunda 7.24 frontend plugin API) for managers:
 * - 整改措施一览 (`cockpit.navigation` + `cockpit.route` #/rectify-measures): every measure with department and
 *   co-departments, responsible leader, current step, holder, due date, colour and latest progress; filters by
 *   department, leader, colour and phase; each row links to its process instance in Cockpit.
 * - 合同一览 (#/rectify-contracts): every contract with supplier, department, end date, renewal state and current
 *   step/holder; a decision deadline passed without a decision is flagged 红色 已过决策期限.
 * - 业务记录 (`cockpit.processInstance.runtime.tab`): the measure, contract, agenda topic or spot check behind an
 *   instance, in Chinese.
 * Data: GET /api/overview/* with the Cockpit login (one login, docs/security.md); the rows follow the access
 * matrix. Everything stored is written with textContent, never as HTML. See docs/reports.md.
 */

import { ROOT, element as baseElement } from './shared.js';

const COLOURS = [['GREEN', '绿色 正常'], ['YELLOW', '黄色 临近'], ['RED', '红色 超期']];
const PHASES = [['1', '第一阶段（立行立改）'], ['2', '第二阶段（深化整改）'], ['3', '第三阶段（回头看）']];

/** A node whose missing values read as —. */
function element(tag, attributes, children) {
  return baseElement(tag, attributes, (children || []).map((child) => (child === null || child === undefined ? '—' : child)));
}

function shown(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

function day(value) {
  return value ? String(value).substring(0, 10) : '—';
}

/** Why the data is missing, in words a manager reads (the API's Chinese refusal when there is one). */
function unavailable(failure) {
  if (failure && failure.message) {
    return failure.message;
  }
  if (failure && failure.status === 401) {
    return '登录已过期，请重新登录。';
  }
  return '数据暂时无法读取，请稍后刷新页面；如持续出现，请联系信息化管理员。';
}

function load(path) {
  return fetch(new URL(path, ROOT), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => response.json().catch(() => ({})).then((body) => (response.ok ? body
      : Promise.reject({ status: response.status, message: body && body.error }))));
}

function colourBadge(colour, text) {
  return element('span', { class: 'rectify-colour rectify-colour-' + shown(colour) }, [shown(text)]);
}

function instanceLink(id, label) {
  return id ? element('a', { class: 'rectify-instance-link', href: '#/process-instance/' + id + '/runtime' },
    [label]) : element('span', { class: 'text-muted' }, ['已办结']);
}

function select(name, label, options) {
  const box = element('select', { name, class: 'form-control input-sm' }, [element('option', { value: '' }, ['全部'])]);
  options.forEach(([value, text]) => box.append(element('option', { value }, [text])));
  return element('label', { class: 'rectify-filter' }, [label + ' ', box]);
}

function table(headers) {
  const body = element('tbody');
  const grid = element('table', { class: 'table table-striped table-condensed rectify-overview-table' }, [
    element('thead', {}, [element('tr', {}, headers.map((h) => element('th', {}, [h])))]), body]);
  return { grid, body };
}

/** A page of Cockpit: heading, filters, summary and table, refreshed whenever a filter changes. */
function page(node, title, filters, headers, path, row) {
  const status = element('p', { class: 'rectify-overview-status' }, ['正在读取…']);
  const { grid, body } = table(headers);
  const bar = element('form', { class: 'form-inline rectify-overview-filters' }, filters);
  node.replaceChildren(element('div', { class: 'rectify-overview' }, [
    element('h1', { class: 'section-title' }, [title]), bar, status, grid]));
  const refresh = () => {
    const query = new URLSearchParams();
    bar.querySelectorAll('select').forEach((box) => box.value && query.set(box.name, box.value));
    status.textContent = '正在读取…';
    load(path + (query.toString() ? '?' + query : ''))
      .then((rows) => {
        body.replaceChildren(...rows.map(row));
        status.textContent = '共 ' + rows.length + ' 条';
      })
      .catch((failure) => {
        body.replaceChildren();
        status.textContent = unavailable(failure);
      });
  };
  bar.addEventListener('change', refresh);
  bar.addEventListener('submit', (event) => event.preventDefault());
  return refresh;
}

function measureRow(m) {
  return element('tr', { 'data-code': m.code, 'data-colour': m.colour }, [
    element('td', {}, [instanceLink(m.processInstanceId, m.code)]),
    element('td', {}, [m.title]),
    element('td', {}, [shown(m.departmentName)].concat(m.coDepartmentNames
      ? [element('div', { class: 'text-muted' }, ['协办：' + m.coDepartmentNames])] : [])),
    element('td', {}, [shown(m.responsibleLeaderName)]),
    element('td', {}, [shown(m.currentStep)]),
    element('td', {}, [shown(m.holder)]),
    element('td', {}, [day(m.dueDate)]),
    element('td', {}, [colourBadge(m.colour, m.colourText)]),
    element('td', {}, [m.lastProgress ? m.lastProgress + '（' + day(m.lastProgressOn) + '）' : '尚无进展报告'])
  ]);
}

function contractRow(c) {
  return element('tr', { 'data-number': c.number, 'data-colour': c.colour }, [
    element('td', {}, [instanceLink(c.processInstanceId, c.number)]),
    element('td', {}, [c.title]),
    element('td', {}, [shown(c.contractor)]),
    element('td', {}, [shown(c.departmentName)]),
    element('td', {}, [day(c.endsOn)]),
    element('td', {}, [c.decisionKind + '截止 ' + day(c.decisionDeadline)]),
    element('td', {}, [shown(c.renewalState)]),
    element('td', {}, [shown(c.currentStep)]),
    element('td', {}, [shown(c.holder)]),
    element('td', {}, [colourBadge(c.colour, c.colourText)])
  ]);
}

function renderMeasures(node) {
  const departments = select('department', '科室', []);
  const leaders = select('leader', '分管领导', []);
  const refresh = page(node, '整改措施一览', [departments, leaders, select('colour', '状态颜色', COLOURS),
    select('phase', '阶段', PHASES)], ['编号', '整改措施', '责任科室（协办）', '分管领导', '当前环节', '办理人',
    '完成时限', '状态颜色', '最新进展'], 'api/overview/measures', measureRow);
  load('api/departments').then((list) => {
    const seen = new Set();
    list.forEach((d) => {
      departments.querySelector('select').append(element('option', { value: d.id }, [d.name]));
      if (d.leaderUserId && !seen.has(d.leaderUserId)) {
        seen.add(d.leaderUserId);
        leaders.querySelector('select').append(element('option', { value: d.leaderUserId }, [shown(d.leaderName)]));
      }
    });
  }).catch(() => {});
  refresh();
}

function renderContracts(node) {
  const departments = select('department', '承办科室', []);
  const refresh = page(node, '合同一览', [departments, select('colour', '状态颜色',
    [['GREEN', '绿色 正常'], ['YELLOW', '黄色 临近'], ['RED', '红色（超期、已过决策期限）']])],
  ['合同编号', '合同名称', '承包商', '承办科室', '到期日', '决策期限', '续签状态', '当前环节', '办理人', '状态颜色'],
  'api/overview/contracts', contractRow);
  load('api/departments').then((list) => list.forEach((d) => departments.querySelector('select')
    .append(element('option', { value: d.id }, [d.name])))).catch(() => {});
  refresh();
}

function renderRecord(node, processInstanceId) {
  const box = element('div', { class: 'rectify-record' }, ['正在读取业务记录…']);
  node.replaceChildren(box);
  load('api/overview/instances/' + encodeURIComponent(processInstanceId))
    .then((record) => box.replaceChildren(
      element('h4', {}, [record.kindLabel + ' ' + shown(record.number) + ' ', colourBadge(record.colour,
        record.colourText)]),
      element('table', { class: 'table table-condensed rectify-record-table' }, [element('tbody', {}, [
        element('tr', {}, [element('th', {}, ['事项']), element('td', {}, [shown(record.title)])]),
        ...record.fields.map((f) => element('tr', {}, [element('th', {}, [f.label]),
          element('td', {}, [shown(f.value)])]))])])))
    .catch((failure) => box.replaceChildren(unavailable(failure)));
}

function navigation(id, path, label, priority) {
  return {
    id,
    pluginPoint: 'cockpit.navigation',
    priority,
    properties: { path, pagePath: '#' + path, label, checkActive: (url) => url.indexOf('#' + path) > -1 },
    render(node) {
      node.replaceChildren(element('a', { href: '#' + path }, [label]));
    }
  };
}

export default [
  navigation('rectify-measures', '/rectify-measures', '整改措施一览', 60),
  navigation('rectify-contracts', '/rectify-contracts', '合同一览', 55),
  {
    id: 'rectify.measures.page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: '/rectify-measures', label: '整改措施一览' },
    render: renderMeasures
  },
  {
    id: 'rectify.contracts.page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: '/rectify-contracts', label: '合同一览' },
    render: renderContracts
  },
  {
    id: 'rectify.instance.record',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 30,
    properties: { label: '业务记录' },
    render: (node, { processInstanceId }) => renderRecord(node, processInstanceId)
  }
];
