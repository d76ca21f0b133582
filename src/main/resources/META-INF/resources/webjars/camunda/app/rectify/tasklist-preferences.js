/*
 * Rectify Tasklist plugin (Camunda 7.24 frontend plugin API, plugin point `tasklist.navbar.action`): 提醒设置 — each
 * user chooses how before-due and overdue reminders reach him: one mail per reminder (the default) or one 每日汇总
 * mail per working day (GET/PUT /api/reminders/preferences, for the logged-in user only). 督办 and 催办 mails are
 * always sent at once. Same login as Tasklist; the change carries the webapps' CSRF token from
 * GET /api/session/token. Listed in tasklist/scripts/config.js `customScripts`. See docs/reminders.md.
 */

import { api, element } from './office-contracts/ui.js';

const STYLE = `
.rectify-preferences { position: fixed; top: 48px; right: 20px; z-index: 1040; width: 380px; background: #fff;
  border: 1px solid #ccc; border-radius: 4px; box-shadow: 0 6px 12px rgba(0,0,0,.175); padding: 12px 16px; }
.rectify-preferences .radio { margin: 6px 0 10px; }
.rectify-preferences .help-block { margin: 2px 0 0 20px; font-size: 12px; }
.rectify-preferences .alert { margin: 8px 0 0; padding: 6px 10px; font-size: 13px; }
`;

const preference = (method, body) => api(method, '/api/reminders/preferences', body);

let panel = null;

function closePanel() {
  if (panel) {
    panel.remove();
    panel = null;
  }
}

function choice(value, label, help) {
  return element('div', { class: 'radio' }, [
    element('label', {}, [
      element('input', { type: 'radio', name: 'rectify-digest', value }), ' ', label]),
    element('p', { class: 'help-block' }, [help])
  ]);
}

async function openPanel() {
  const message = element('div', { class: 'rectify-preferences-message' });
  const save = element('button', { type: 'button', class: 'btn btn-primary btn-sm rectify-preferences-save' },
    ['保存']);
  const cancel = element('button', { type: 'button', class: 'btn btn-default btn-sm' }, ['关闭']);
  cancel.addEventListener('click', closePanel);
  panel = element('div', { class: 'rectify-preferences', role: 'dialog', 'aria-label': '提醒设置' }, [
    element('h4', {}, ['提醒邮件的接收方式']),
    choice('single', '逐条提醒（默认）', '每项任务到期前和超期时各发一封邮件。'),
    choice('digest', '每日汇总', '每个工作日一封邮件，列出您临近截止和已超期的任务。'),
    element('p', { class: 'text-muted', style: 'font-size: 12px' }, ['督办和催办邮件总是立即单独发送。']),
    element('div', {}, [save, ' ', cancel]),
    message
  ]);
  document.body.append(panel);
  try {
    const current = await preference('GET');
    panel.querySelector('input[value="' + (current.dailyDigest ? 'digest' : 'single') + '"]').checked = true;
    panel.dataset.loaded = 'true';
  } catch (error) {
    message.replaceChildren(element('div', { class: 'alert alert-danger' }, ['提醒设置暂时无法读取（' + error.message + '）']));
  }
  save.addEventListener('click', async () => {
    const chosen = panel.querySelector('input[name="rectify-digest"]:checked');
    if (!chosen) {
      message.replaceChildren(element('div', { class: 'alert alert-danger', role: 'alert' }, ['请选择一种接收方式。']));
      return;
    }
    save.disabled = true;
    try {
      const saved = await preference('PUT', { dailyDigest: chosen.value === 'digest' });
      message.replaceChildren(element('div', { class: 'alert alert-success', role: 'status' }, [
        saved.dailyDigest ? '已保存：今后到期提醒和超期通知合并为每个工作日一封每日汇总邮件。'
          : '已保存：今后每项任务的提醒单独发送。']));
    } catch (error) {
      message.replaceChildren(element('div', { class: 'alert alert-danger', role: 'alert' }, ['保存失败：' + error.message]));
    } finally {
      save.disabled = false;
    }
  });
}

export default [{
  id: 'rectify.preferences',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render(node) {
    if (!document.getElementById('rectify-preferences-style')) {
      document.head.append(element('style', { id: 'rectify-preferences-style' }, [STYLE]));
    }
    const button = element('button', { type: 'button', class: 'btn btn-default rectify-preferences-button',
      title: '提醒邮件的接收方式（逐条或每日汇总）' }, ['提醒设置']);
    button.addEventListener('click', () => {
      const wasOpen = Boolean(panel);
      closePanel();
      if (!wasOpen) {
        openPanel();
      }
    });
    node.replaceChildren(button);
  }
}];
