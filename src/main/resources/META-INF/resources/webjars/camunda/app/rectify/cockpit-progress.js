/*
 * Rectify Cockpit plugin (Camunda 7.24 frontend plugin API, plugin point `cockpit.dashboard`): the business
 * progress of the rectification on Cockpit's dashboard — measures in total, completed, in progress, long-term,
 * overdue, on-time rate and the spot-check figures — with a link to the full statistics page.
 * Data: GET /api/statistics, same origin, with the Cockpit login (the webapps' session counts on Rectify's own
 * endpoints, RectifySecurityConfiguration). Listed in cockpit/scripts/config.js `customScripts`. See docs/reports.md.
 */

import { ROOT, element } from './shared.js';

/** A figure as text: never "null" or "undefined" on the dashboard. */
function shown(value) {
  return value === null || value === undefined ? '—' : String(value);
}

function figure(label, value, modifier) {
  return element('div', { class: 'rectify-figure' + (modifier ? ' rectify-figure-' + modifier : '') }, [
    element('div', { class: 'rectify-figure-value' }, [shown(value)]),
    element('div', { class: 'rectify-figure-label' }, [label])
  ]);
}

function show(body, statistics) {
  const total = statistics.total;
  const spot = statistics.spotChecks;
  body.replaceChildren(
    element('div', { class: 'rectify-figures' }, [
      figure('整改措施', total.total),
      figure('已完成', total.completed, 'done'),
      figure('正在推进', total.notInPlace, 'progress'),
      figure('需长期落实', total.longTerm),
      figure('超期', total.overdue, total.overdue > 0 ? 'overdue' : ''),
      figure('按期率', total.onTimeRate === null || total.onTimeRate === undefined ? null : total.onTimeRate + '%')
    ]),
    // absent for whom the access matrix does not let read spot checks
    ...(spot ? [element('p', { class: 'rectify-spot-checks' }, [
      '纪律作风暗访 ' + shown(spot.checks) + ' 次，认定问题 ' + shown(spot.upheldFindings) + ' 个，通报 '
        + shown(spot.notices) + ' 次，已整改 ' + shown(spot.rectifiedFindings) + ' 个'
    ])] : [])
  );
}

/** Why the figures are missing, in words a leader reads (no HTTP codes or browser errors). */
function unavailable(status) {
  if (status === 401) {
    return '登录已过期，请重新登录后查看整改进度。';
  }
  if (status === 403) {
    return '您没有查看整改进度的权限。';
  }
  return '整改进度暂时无法读取，请稍后刷新页面；如持续出现，请联系信息化管理员。';
}

export default [
  {
    id: 'rectify.progress',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render(node) {
      const body = element('div', { class: 'rectify-progress-body' }, ['正在读取整改进度…']);
      const link = element('a', { href: new URL('reports/dashboard.html', ROOT).href, target: '_blank',
        rel: 'noopener' }, ['查看整改统计看板（台账、图表、Excel）']);
      node.replaceChildren(element('section', { class: 'rectify-progress' }, [
        element('h1', { class: 'section-title' }, ['巡察整改进度']), body, link
      ]));
      fetch(new URL('api/statistics', ROOT), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((statistics) => show(body, statistics))
        .catch((status) => body.replaceChildren(unavailable(status)));
    }
  }
];
