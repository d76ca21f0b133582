/*
 * 会议: the meeting register (GET /api/meetings) for those the access matrix lets read it, and for the office and
 * the rectification office its work: plan a meeting (POST /api/meetings, status PLANNED), move it (PUT
 * /api/meetings/{id}), record that it took place (POST /api/meetings/{id}/held: minutes number, attendees, the 第一议题
 * of a 党组会) or call it off with a reason (POST /api/meetings/{id}/cancel). Meetings with pre-reviewed topics are
 * held through the topics' 登记会议决定 tasks; the API says so when asked here.
 */
import { api, element, engine, form, parseDate, table, today } from './ui.js';

const TYPES = [['PARTY_GROUP', '党组会'], ['DIRECTOR_OFFICE', '局长办公会'], ['BUREAU_AFFAIRS', '局务会'],
  ['LEADING_GROUP', '巡察整改工作领导小组会议']];
const STATUS = { PLANNED: '计划召开', HELD: '已召开', CANCELLED: '已取消' };

/** User ids as typed: separated by commas (either width), 、, semicolons or spaces. */
function userIds(text) {
  return String(text || '').split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean);
}

function attendeeProblem(text) {
  const ids = userIds(text);
  const seen = new Set();
  for (const id of ids) {
    if (seen.has(id)) {
      return id + ' 重复';
    }
    seen.add(id);
  }
  return ids.length > 200 ? '出席人员不能超过 200 人' : null;
}

function titleProblem(title) {
  if (!title) {
    return '不能为空';
  }
  return title.length > 300 ? '不能超过 300 字' : null;
}

function dateProblem(text, notBeforeToday) {
  if (!text) {
    return '不能为空';
  }
  const date = parseDate(text);
  if (!date) {
    return '日期格式应为 年-月-日，如 ' + today();
  }
  if (notBeforeToday && date < today()) {
    return '计划召开的会议不能安排在今天（' + today() + '）之前';
  }
  return null;
}

function collect(entries) {
  return Object.fromEntries(entries.filter(([, problem]) => problem));
}

const USERS_LIST = 'rectify-meeting-users';

/** Names the user ids can be picked from (the directory as far as the engine lets the user read it). */
async function userChoices() {
  const users = await engine('user?sortBy=userId&sortOrder=asc&maxResults=500').catch(() => []);
  return element('datalist', { id: USERS_LIST }, users.map((u) =>
    element('option', { value: u.id }, [[u.firstName, u.lastName].filter(Boolean).join('') || u.id])));
}

function planForm(refresh) {
  return form('rectify-meeting-plan', [
    { name: 'meetingType', label: '会议类型', type: 'select', required: true, options: [['', '请选择'], ...TYPES] },
    { name: 'meetingDate', label: '会议日期', required: true, maxlength: 12, placeholder: '年-月-日，如 ' + today() },
    { name: 'title', label: '会议名称', required: true, maxlength: 300, placeholder: '如 2026年第5次局务会' },
    { name: 'chair', label: '主持人', required: true, maxlength: 64, list: USERS_LIST, placeholder: '用户名，如 partySecretary1' },
    { name: 'attendees', label: '出席人员', type: 'textarea', placeholder: '用户名，以逗号或空格分隔，按纪要顺序' }
  ], {
    submitLabel: '计划会议',
    check: (v) => collect([['meetingType', v.meetingType ? null : '请选择会议类型'],
      ['meetingDate', dateProblem(v.meetingDate, true)], ['title', titleProblem(v.title)],
      ['chair', v.chair ? null : '不能为空（主持人的用户名）'], ['attendees', attendeeProblem(v.attendees)]]),
    submit: (v) => api('POST', '/api/meetings', { meetingType: v.meetingType, meetingDate: parseDate(v.meetingDate),
      title: v.title, chair: v.chair, status: 'PLANNED', attendees: userIds(v.attendees) }),
    done: (meeting) => {
      refresh();
      return element('span', {}, ['已计划：' + meeting.meetingDate + ' ' + meeting.title]);
    }
  }).node;
}

function moveForm(meeting, refresh) {
  return form('rectify-meeting-move-' + meeting.id, [
    { name: 'meetingDate', label: '新的会议日期', required: true, maxlength: 12, value: meeting.meetingDate },
    { name: 'title', label: '会议名称', required: true, maxlength: 300, value: meeting.title },
    { name: 'chair', label: '主持人', maxlength: 64, list: USERS_LIST, value: meeting.chair || '' }
  ], {
    submitLabel: '保存改期',
    check: (v) => collect([['meetingDate', dateProblem(v.meetingDate, true)], ['title', titleProblem(v.title)]]),
    submit: (v) => api('PUT', '/api/meetings/' + meeting.id,
      { meetingDate: parseDate(v.meetingDate), title: v.title, chair: v.chair || null }),
    done: (changed) => {
      refresh();
      return element('span', {}, ['已改期至 ' + changed.meetingDate + '；会议上的预审议题随会议顺延']);
    }
  }).node;
}

function heldForm(meeting, refresh) {
  const needsFirstTopic = meeting.meetingType === 'PARTY_GROUP'
    && !(meeting.topics[0] && meeting.topics[0].kind === 'FIRST_TOPIC');
  const attendees = meeting.attendees.map((a) => a.userId).join('，');
  return form('rectify-meeting-held-' + meeting.id, [
    { name: 'minutesRef', label: '会议纪要编号', required: true, maxlength: 100, placeholder: '如 局务会纪要〔2026〕5号' },
    { name: 'firstTopic', label: '第一议题', required: true, type: 'textarea', maxlength: 300, hidden: !needsFirstTopic,
      hint: '党组会以“第一议题”（理论学习）开篇：填写本次学习的内容' },
    { name: 'attendees', label: '出席人员', type: 'textarea', value: attendees, placeholder: '用户名，以逗号或空格分隔，按纪要顺序' }
  ], {
    submitLabel: '登记召开',
    check: (v) => collect([['minutesRef', v.minutesRef ? (v.minutesRef.length > 100 ? '不能超过 100 字' : null)
      : '已召开的会议须填写会议纪要编号'],
    ['firstTopic', needsFirstTopic && !v.firstTopic ? '党组会须以“第一议题”（理论学习）开篇，请填写本次会议第一议题的学习内容' : null],
    ['attendees', attendeeProblem(v.attendees)]]),
    submit: (v) => api('POST', '/api/meetings/' + meeting.id + '/held', { minutesRef: v.minutesRef,
      firstTopic: needsFirstTopic ? v.firstTopic : null, attendees: userIds(v.attendees) }),
    done: (held) => {
      refresh();
      return element('span', {}, ['已登记召开：' + held.title + '，纪要 ' + held.minutesRef]);
    }
  }).node;
}

function cancelForm(meeting, refresh) {
  return form('rectify-meeting-cancel-' + meeting.id, [
    { name: 'reason', label: '取消原因', required: true, type: 'textarea', maxlength: 500 }
  ], {
    submitLabel: '确认取消会议',
    check: (v) => collect([['reason', v.reason ? (v.reason.length > 500 ? '不能超过 500 字' : null) : '请填写取消原因']]),
    submit: (v) => api('POST', '/api/meetings/' + meeting.id + '/cancel', { reason: v.reason }),
    done: () => {
      refresh();
      return element('span', {}, ['会议已取消']);
    }
  }).node;
}

function actions(meeting, keeper, refresh, inline) {
  if (!keeper || meeting.status !== 'PLANNED') {
    return '';
  }
  const button = (label, kind, make) => {
    const b = element('button', { type: 'button', class: 'btn btn-default btn-xs rectify-meeting-' + kind,
      'data-meeting': meeting.id }, [label]);
    b.addEventListener('click', () => inline(element('div', {}, [
      element('strong', {}, [label + '：' + meeting.meetingDate + ' ' + meeting.title]), make(meeting, refresh)])));
    return b;
  };
  return element('span', {}, [button('改期', 'move', moveForm), button('登记召开', 'held', heldForm),
    button('取消', 'cancel', cancelForm)]);
}

function describe(meeting) {
  const parts = [STATUS[meeting.status] || meeting.status];
  if (meeting.minutesRef) {
    parts.push('纪要 ' + meeting.minutesRef);
  }
  if (meeting.cancelReason) {
    parts.push('原因：' + meeting.cancelReason);
  }
  return parts.join('，');
}

export async function meetingsScreen(body, user) {
  const keeper = user.may('POST', '/api/meetings');
  const filter = element('select', { class: 'form-control input-sm rectify-meeting-filter', 'aria-label': '会议类型' },
    [element('option', { value: '' }, ['全部会议类型']), ...TYPES.map(([v, l]) => element('option', { value: v }, [l]))]);
  const inlineHolder = element('div', { class: 'rectify-office-inline', hidden: true });
  const listHolder = element('div', { id: 'rectify-meeting-list' }, ['正在读取…']);
  const inline = (node) => {
    inlineHolder.hidden = false;
    inlineHolder.replaceChildren(node);
    inlineHolder.scrollIntoView({ block: 'nearest' });
  };
  const refresh = async () => {
    try {
      const meetings = await api('GET', '/api/meetings' + (filter.value ? '?type=' + filter.value : ''));
      listHolder.replaceChildren(meetings.length === 0 ? element('p', {}, ['暂无会议。'])
        : table('rectify-meeting-table', ['会议日期', '会议类型', '会议名称', '主持人', '出席', '议题', '状态', ''],
          meetings.map((m) => ({ key: String(m.id), cells: [m.meetingDate, m.typeName, m.title, m.chairName || '',
            m.attendees.length ? m.attendees.length + ' 人' : '', m.topics.map((t) => t.title).join('；'),
            describe(m), actions(m, keeper, refresh, inline)] }))));
    } catch (error) {
      listHolder.replaceChildren('会议暂时无法读取（' + error.message + '）');
    }
  };
  filter.addEventListener('change', refresh);
  const parts = [];
  if (keeper) {
    parts.push(await userChoices(), element('h4', {}, ['计划会议']),
      element('p', { class: 'text-muted' }, ['计划召开的会议可在下表中改期、登记召开或取消；已安排预审议题的会议在任务中心“登记会议决定”中登记召开。']),
      planForm(refresh));
  }
  parts.push(element('h4', {}, ['会议登记簿']), element('div', { class: 'form-inline' }, [filter]), inlineHolder,
    listHolder);
  body.replaceChildren(...parts);
  await refresh();
}
