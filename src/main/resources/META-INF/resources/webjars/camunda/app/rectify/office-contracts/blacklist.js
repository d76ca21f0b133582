/*
 * 黑名单: the contractors no department may hire (GET /api/suppliers/blacklist, every user) with the rule, the facts
 * and who approved the listing; the leadership (as the access matrix says) lifts an entry only on a recorded
 * collective decision (POST /api/suppliers/blacklist/{id}/removal with the decision's number). Entries are listed
 * by the contract-assessment process (office confirmation); nothing removes them by itself.
 */
import { api, element, form, table } from './ui.js';

const REMOVAL = '/api/suppliers/blacklist/{id}/removal';

function removalForm(entry, refresh) {
  return form('rectify-blacklist-removal-' + entry.id, [
    { name: 'decision', label: '领导集体决定', required: true, maxlength: 500,
      placeholder: '如 党组会纪要〔2026〕7号', hint: '移出黑名单须有会议纪要等领导集体决定的记录，将与日期和登记人一并保存' }
  ], {
    submitLabel: '移出黑名单',
    check: (v) => (v.decision ? {} : { decision: '移出黑名单须有领导集体决定的记录' }),
    submit: (v) => api('POST', '/api/suppliers/blacklist/' + entry.id + '/removal', { decision: v.decision }),
    done: (answer, v) => {
      refresh();
      return element('span', {}, [entry.contractorName + ' 已移出黑名单（依据：' + v.decision + '）']);
    }
  }).node;
}

export async function blacklistScreen(body, user) {
  const decider = user.may('POST', REMOVAL);
  const inlineHolder = element('div', { class: 'rectify-office-inline', hidden: true });
  const listHolder = element('div', { id: 'rectify-blacklist-list' }, ['正在读取…']);
  const refresh = async () => {
    try {
      const entries = await api('GET', '/api/suppliers/blacklist');
      listHolder.replaceChildren(entries.length === 0 ? element('p', {}, ['黑名单中暂无承包商。'])
        : table('rectify-blacklist-table', ['承包商', '统一社会信用代码', '列入原因', '事实与证据', '相关合同', '列入日期', '批准人', ''],
          entries.map((e) => {
            let action = '';
            if (decider) {
              action = element('button', { type: 'button', class: 'btn btn-default btn-xs rectify-blacklist-remove',
                'data-entry': e.id }, ['移出…']);
              action.addEventListener('click', () => {
                inlineHolder.hidden = false;
                inlineHolder.replaceChildren(element('strong', {}, ['移出黑名单：' + e.contractorName]),
                  removalForm(e, refresh));
              });
            }
            return { key: String(e.id), cells: [e.contractorName, e.creditCode,
              [e.ruleCode, e.ruleText].filter(Boolean).join(' '), e.evidence || '', e.contractNumber || '', e.listedOn,
              e.approver || '', action] };
          })));
    } catch (error) {
      listHolder.replaceChildren('黑名单暂时无法读取（' + error.message + '）');
    }
  };
  body.replaceChildren(
    element('p', { class: 'text-muted' }, [decider
      ? '列入黑名单的承包商不得承接本局合同。移出须依据领导集体决定。'
      : '列入黑名单的承包商不得承接本局合同。移出须由局领导依据领导集体决定办理。']),
    inlineHolder, listHolder);
  await refresh();
}
