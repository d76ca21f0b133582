/*
 * Rectify Tasklist plugin (Camunda 7.24 frontend plugin API, plugin point `tasklist.navbar.action`): 办公室工作 — the
 * rectification office's daily work beside its tasks: 登记整改措施 (POST /api/measures), 导入整改方案 (Excel upload,
 * dry-run preview, confirm; /api/plans/import), 整改方案 (the plans, 启动办理 of an imported draft;
 * POST /api/plans/{id}/start), 工作日日历 (load a year's State Council notice; /api/calendar) and 通报段落 (the notice's
 * paragraph per measure with its history; /api/plans/{id}/narratives, /api/measures/{code}/narrative).
 * The menu shows only the entries GET /api/office/menu lists for the logged-in user (computed from the access
 * matrix), so other roles see no button at all; the server refuses them anyway. Same login as Tasklist; changes carry
 * the webapps' CSRF token from GET /api/session/token. Listed in tasklist/scripts/config.js `customScripts`.
 * See docs/webapps.md, "办公室工作".
 */

import { ROOT, element, xsrfToken } from './shared.js';

const api = (path) => new URL('api/' + path, ROOT).toString();

const STYLE = `
.rectify-office-menu { position: fixed; top: 48px; right: 20px; z-index: 1040; width: 360px; background: #fff;
  border: 1px solid #ccc; border-radius: 4px; box-shadow: 0 6px 12px rgba(0,0,0,.175); padding: 6px 0; }
.rectify-office-menu .alert { margin: 4px 10px 8px; padding: 8px 10px; font-size: 13px; }
.rectify-office-menu a { display: block; padding: 6px 16px; color: #333; cursor: pointer; }
.rectify-office-menu a:hover { background: #f5f5f5; text-decoration: none; }
.rectify-office-modal { display: block; overflow-y: auto; }
.rectify-office-modal .modal-dialog { width: 960px; max-width: calc(100vw - 40px); }
.rectify-office-modal .modal-body { max-height: calc(100vh - 200px); overflow-y: auto; }
.rectify-office-modal textarea.rectify-notice { font-family: inherit; min-height: 180px; }
.rectify-office-modal .table td, .rectify-office-modal .table th { font-size: 13px; }
.rectify-office-modal tr.danger td { background: #f2dede; }
.rectify-office-modal .rectify-row-error { color: #a94442; }
.rectify-office-button .badge { background: #d9534f; margin-left: 4px; }
`;

async function json(path) {
  const response = await fetch(api(path), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

/** A write with the session's CSRF token; answers {status, body} (body {} when not JSON). */
async function send(method, path, body) {
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': await xsrfToken() };
  if (!(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(api(path), {
    method, credentials: 'same-origin', headers,
    body: body instanceof FormData ? body : JSON.stringify(body)
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

function alertBox(kind, text, items) {
  const box = element('div', { class: 'alert alert-' + kind, role: kind === 'danger' ? 'alert' : 'status' }, [text]);
  if (items && items.length) {
    box.append(element('ul', {}, items.map((item) => element('li', {}, [item]))));
  }
  return box;
}

function table(columns, rows, rowClass) {
  return element('table', { class: 'table table-condensed table-striped' }, [
    element('thead', {}, [element('tr', {}, columns.map((c) => element('th', {}, [c])))]),
    element('tbody', {}, rows.map((row, i) => element('tr', { class: rowClass ? rowClass(i) : null },
      row.map((cell) => element('td', {}, [cell])))))
  ]);
}

function formGroup(id, label, control, hint) {
  return element('div', { class: 'form-group', 'data-field': id }, [
    element('label', { class: 'control-label', for: 'rectify-' + id }, [label]),
    control,
    element('p', { class: 'help-block rectify-field-error', 'data-error-for': id }),
    hint ? element('p', { class: 'help-block' }, [hint]) : null
  ]);
}

/** Shows each `field：message` detail of a refusal at its field; answers the details that belong to none. */
function showFieldErrors(form, details) {
  form.querySelectorAll('.form-group').forEach((group) => group.classList.remove('has-error'));
  form.querySelectorAll('.rectify-field-error').forEach((p) => { p.textContent = ''; });
  const rest = [];
  (details || []).forEach((detail) => {
    const [field, ...message] = detail.split('：');
    const group = form.querySelector('.form-group[data-field="' + field.split('[')[0] + '"]');
    if (group && message.length) {
      group.classList.add('has-error');
      const target = group.querySelector('.rectify-field-error');
      target.textContent = (target.textContent ? target.textContent + '；' : '') + message.join('：');
    } else {
      rest.push(detail);
    }
  });
  return rest;
}

// ------------------------------------------------------------------------------------------ the modal dialog

let openDialog = null;

function closeDialog() {
  if (openDialog) {
    openDialog.forEach((node) => node.remove());
    openDialog = null;
  }
}

function dialog(id, title, body, buttons) {
  closeDialog();
  const close = element('button', { type: 'button', class: 'btn btn-default' }, ['关闭']);
  close.addEventListener('click', closeDialog);
  const modal = element('div', { class: 'modal rectify-office-modal', role: 'dialog', 'aria-label': title,
    'data-screen': id }, [
    element('div', { class: 'modal-dialog' }, [element('div', { class: 'modal-content' }, [
      element('div', { class: 'modal-header' }, [element('h3', { class: 'modal-title' }, [title])]),
      element('div', { class: 'modal-body' }, [body]),
      element('div', { class: 'modal-footer' }, [close, ...buttons])
    ])])
  ]);
  const backdrop = element('div', { class: 'modal-backdrop in' });
  document.body.append(backdrop, modal);
  openDialog = [modal, backdrop];
  return modal;
}

// ------------------------------------------------------------------------------------ 登记整改措施 (one measure)

async function measureScreen() {
  const [plans, departments] = await Promise.all([json('plans'), json('departments')]);
  const open = plans.filter((p) => p.status !== 'CLOSED');
  const select = (id, options, attributes) => element('select', { id: 'rectify-' + id, class: 'form-control',
    ...(attributes || {}) }, options.map(([value, label]) => element('option', { value }, [label])));
  const leaders = [...new Map(departments.filter((d) => d.leaderUserId)
    .map((d) => [d.leaderUserId, d.leaderName || d.leaderUserId])).entries()];
  const form = element('form', { novalidate: true, class: 'rectify-measure-form' }, [
    formGroup('plan', '整改方案', select('plan', (open.length === 1 ? [] : [['', '请选择']])
      .concat(open.map((p) => [String(p.id), p.title])))),
    formGroup('problem', '问题序号', element('input', { id: 'rectify-problem', class: 'form-control', type: 'number',
      min: '1', step: '1' }), '整改方案中该措施针对的问题的序号（如 3）'),
    formGroup('title', '整改措施内容', element('textarea', { id: 'rectify-title', class: 'form-control', rows: '3',
      maxlength: '500' })),
    formGroup('department', '责任科室', select('department', [['', '请选择']]
      .concat(departments.map((d) => [d.id, d.name])))),
    formGroup('coDepartments', '协办科室', select('coDepartments', departments.map((d) => [d.id, d.name]),
      { multiple: true, size: '4' }), '可多选（按住 Ctrl 点选）；没有则不选'),
    formGroup('responsibleLeader', '分管领导', select('responsibleLeader', [['', '（责任科室的分管领导）']]
      .concat(leaders))),
    formGroup('phase', '整改阶段', select('phase', [['', '请选择'], ['1', '第一阶段（立行立改）'],
      ['2', '第二阶段（限期整改）'], ['3', '第三阶段（长期坚持）']])),
    formGroup('dueDate', '整改期限', element('input', { id: 'rectify-dueDate', class: 'form-control', type: 'date' })),
    formGroup('narrative', '通报段落（可选）', element('textarea', { id: 'rectify-narrative', class: 'form-control',
      rows: '2', maxlength: '4000' }), '整改情况通报中本措施的表述')
  ]);
  const message = element('div', { class: 'rectify-office-message' });
  const save = element('button', { type: 'button', class: 'btn btn-primary rectify-save' }, ['登记']);
  const value = (id) => form.querySelector('#rectify-' + id).value.trim();
  save.addEventListener('click', async () => {
    save.disabled = true;
    message.replaceChildren();
    const body = {
      plan: value('plan') ? Number(value('plan')) : null,
      problem: value('problem') ? Number(value('problem')) : null,
      title: value('title'),
      department: value('department'),
      coDepartments: [...form.querySelector('#rectify-coDepartments').selectedOptions].map((o) => o.value),
      responsibleLeader: value('responsibleLeader') || null,
      phase: value('phase') ? Number(value('phase')) : null,
      dueDate: value('dueDate') || null,
      narrative: value('narrative') || null
    };
    try {
      const answer = await send('POST', 'measures', body);
      if (answer.status === 201) {
        showFieldErrors(form, []);
        message.replaceChildren(alertBox('success', '已登记整改措施 ' + answer.body.code + '（' + answer.body.title
          + '），已交' + answer.body.departmentName + '办理。'));
        form.reset();
      } else {
        const rest = showFieldErrors(form, answer.body.details);
        message.replaceChildren(alertBox('danger', answer.body.error || ('登记失败（' + answer.status + '）'), rest));
      }
    } catch (error) {
      message.replaceChildren(alertBox('danger', '登记失败：' + error.message));
    } finally {
      save.disabled = false;
    }
  });
  dialog('measure', '登记整改措施', element('div', {}, [form, message]), [save]);
}

// ------------------------------------------------------------------------------ 导入整改方案 (Excel, preview, confirm)

function importScreen() {
  const file = element('input', { id: 'rectify-plan-file', type: 'file',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const form = element('form', { novalidate: true }, [
    element('p', {}, ['先下载模板，按“填写说明”填好方案、方面、问题和措施四张工作表，再上传预览；预览无误后确认导入。导入的方案为草稿，经党组印发后各措施开始办理。']),
    element('p', {}, [element('a', { href: api('plans/import/template.xlsx'), class: 'rectify-template-link',
      download: '整改方案模板.xlsx' }, ['下载整改方案模板（Excel）'])]),
    formGroup('file', '方案文件（.xlsx）', file)
  ]);
  const result = element('div', { class: 'rectify-import-result' });
  const preview = element('button', { type: 'button', class: 'btn btn-default rectify-preview' }, ['预览']);
  const confirm = element('button', { type: 'button', class: 'btn btn-primary rectify-confirm', disabled: true },
    ['确认导入']);
  file.addEventListener('change', () => { confirm.disabled = true; result.replaceChildren(); });
  const upload = async (dryRun) => {
    const data = new FormData();
    if (file.files[0]) {
      data.append('file', file.files[0]);
    }
    return send('POST', 'plans/import?dryRun=' + dryRun, data);
  };
  preview.addEventListener('click', async () => {
    confirm.disabled = true;
    result.replaceChildren('正在读取…');
    const answer = await upload(true);
    if (answer.status !== 200 && answer.status !== 422) {
      const rest = showFieldErrors(form, answer.body.details);
      result.replaceChildren(alertBox('danger', answer.body.error || ('预览失败（' + answer.status + '）'), rest));
      return;
    }
    showFieldErrors(form, []);
    const r = answer.body;
    const rowErrors = {};
    const general = [];
    (r.errors || []).forEach((e) => {
      const where = '“' + e.sheet + '”表' + (e.row ? '第 ' + e.row + ' 行' : '') + (e.column ? e.column + ' 列' : '');
      if (e.sheet === '措施' && (r.rows || []).some((row) => row.row === e.row)) {
        (rowErrors[e.row] = rowErrors[e.row] || []).push(e.column + ' 列：' + e.message);
      } else {
        general.push(where + '：' + e.message);
      }
    });
    const rows = r.rows || [];
    result.replaceChildren(
      r.valid
        ? alertBox('success', '预览通过：《' + (r.title || '') + '》，' + r.aspects + ' 个方面，' + r.problems + ' 个问题，'
          + r.measures + ' 条整改措施。核对无误后点“确认导入”。')
        : alertBox('danger', r.error, general),
      table(['行', '编号', '问题', '整改措施', '责任部门', '协办部门', '阶段', '完成时限', '问题说明'],
        rows.map((row) => [String(row.row), row.code || '', String(row.problem || ''), row.title || '',
          row.department || '', row.coDepartments || '', row.phase ? String(row.phase) : '', row.dueDate || '',
          element('span', { class: 'rectify-row-error' }, [(rowErrors[row.row] || []).join('；')])]),
        (i) => (rowErrors[rows[i].row] ? 'danger' : null)));
    confirm.disabled = !r.valid;
  });
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    const answer = await upload(false);
    if (answer.status === 200 && answer.body.planId) {
      const imported = answer.body;
      result.replaceChildren(alertBox('success', '已导入：《' + (imported.title || '') + '》为草稿方案（编号 '
        + imported.planId + '），共 ' + imported.measures + ' 条整改措施。核对后点“启动办理”：登记巡察反馈意见、'
        + '成立领导小组、起草方案、党组会审定，审定印发后各措施交责任科室办理。'),
      startButton({ id: imported.planId, title: imported.title }, result));
      file.value = '';
    } else {
      result.prepend(alertBox('danger', answer.body.error || ('导入失败（' + answer.status + '）'),
        (answer.body.errors || []).map((e) => e.sheet + ' 第 ' + e.row + ' 行：' + e.message)));
    }
  });
  dialog('plan-import', '导入整改方案', element('div', {}, [form, result]), [preview, confirm]);
}

// ------------------------------------------------------------------- 整改方案 (plans; 启动办理 of an imported draft)

/**
 * The 启动办理 button of a draft plan: a first click asks inline (确认启动 / 取消), the second starts the
 * plan's process; the answer goes into `where`, and `done` is called after a start.
 */
function startButton(plan, where, done) {
  const box = element('span', { class: 'rectify-start', 'data-plan': String(plan.id) });
  const ask = element('button', { type: 'button', class: 'btn btn-primary btn-sm rectify-start-plan' }, ['启动办理']);
  const yes = element('button', { type: 'button', class: 'btn btn-danger btn-sm rectify-start-confirm' }, ['确认启动']);
  const no = element('button', { type: 'button', class: 'btn btn-default btn-sm' }, ['取消']);
  const question = element('span', { class: 'rectify-start-question' }, [
    '启动后流程从登记巡察反馈意见开始，不能撤回。 ', yes, ' ', no]);
  ask.addEventListener('click', () => box.replaceChildren(question));
  no.addEventListener('click', () => box.replaceChildren(ask));
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    const answer = await send('POST', 'plans/' + plan.id + '/start', {});
    where.querySelectorAll('.rectify-start-answer').forEach((node) => node.remove());
    const report = answer.status === 200
      ? alertBox('success', '《' + (answer.body.title || plan.title || '') + '》已启动办理：“登记巡察反馈意见”已交整改办，'
        + '请在“本科室待办”中认领办理。')
      : alertBox('danger', answer.body.error || ('启动失败（' + answer.status + '）'), answer.body.details);
    report.classList.add('rectify-start-answer');
    where.append(report);
    if (answer.status === 200) {
      box.replaceChildren();
      if (done) {
        await done();
      }
    } else {
      yes.disabled = false;
      box.replaceChildren(ask);
    }
  });
  box.append(ask);
  return box;
}

/** 导出归档包: the plan's notice, ledger, records and evidence as one .zip (GET /api/plans/{id}/archive.zip). */
function archiveLink(plan) {
  return element('a', { class: 'btn btn-default btn-sm rectify-archive', href: api('plans/' + plan.id + '/archive.zip'),
    download: '整改方案' + plan.id + '归档包.zip', title: '通报、整改台账、办理记录和佐证材料，供立卷归档' }, ['导出归档包']);
}

async function plansScreen() {
  const list = element('div', { class: 'rectify-plan-list' }, ['正在读取…']);
  const messages = element('div', { class: 'rectify-plan-messages' });
  async function refresh() {
    const plans = await json('plans');
    list.replaceChildren(plans.length === 0 ? alertBox('info', '还没有整改方案。')
      : table(['编号', '整改方案', '状态', '方面', '问题', '整改措施', '数据提示', ''],
        plans.map((p) => [String(p.id), p.title, p.statusText, String(p.aspects), String(p.problems),
          String(p.measures) + (p.declaredMeasureCount ? '（声明 ' + p.declaredMeasureCount + ' 条）' : ''),
          p.dataQualityWarning || '', p.startable ? startButton(p, messages, refresh) : archiveLink(p)])));
  }
  await refresh();
  dialog('plans', '整改方案', element('div', {}, [
    element('p', {}, ['导入的方案先是草稿；整改办核对后点“启动办理”，流程从登记巡察反馈意见开始，经成立领导小组、起草方案，到党组会审定印发，'
      + '印发后各措施交责任科室办理。已启动的方案在 Cockpit 的整改措施一览中跟踪。'
      + '“导出归档包”下载方案的通报、整改台账、办理记录和佐证材料，供立卷归档。']),
    messages, list]), []);
}

// ----------------------------------------------------------------------------- 工作日日历 (load a year's notice)

async function calendarScreen() {
  const overview = element('div', { class: 'rectify-calendar-overview' }, ['正在读取…']);
  const nextYear = new Date().getFullYear() + 1;
  const text = element('textarea', { id: 'rectify-text', class: 'form-control rectify-notice',
    placeholder: '国务院办公厅关于' + nextYear + '年部分节假日安排的通知\n……\n一、元旦：1月1日至3日放假调休，共3天。……' });
  const upload = element('input', { id: 'rectify-notice-file', type: 'file', accept: '.txt,.htm,.html,text/plain,text/html' });
  const form = element('form', { novalidate: true }, [
    formGroup('year', '年份', element('input', { id: 'rectify-year', class: 'form-control', type: 'number',
      min: '2000', max: '2100', value: String(nextYear), style: 'width: 10em' })),
    formGroup('text', '国务院办公厅节假日安排通知', text,
      '从中国政府网复制通知正文粘贴在此（含“一、元旦：……”各条），或选择保存的通知文件（.txt / .html）；也接受日历文件格式（year: …）。'),
    formGroup('file', '或上传通知文件', upload)
  ]);
  upload.addEventListener('change', async () => {
    const chosen = upload.files[0];
    if (!chosen) {
      return;
    }
    const bytes = await chosen.arrayBuffer();
    let content;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      content = new TextDecoder('gb18030').decode(bytes);
    }
    if (/\.html?$/i.test(chosen.name) || /<html|<body|<p[ >]/i.test(content)) {
      const page = new DOMParser().parseFromString(content, 'text/html');
      page.querySelectorAll('p, br, div, li, h1, h2, h3, tr').forEach((node) => node.append('\n'));
      content = page.body ? page.body.textContent : '';
    }
    text.value = content.replace(/\n{3,}/g, '\n\n').trim();
  });
  const result = element('div', { class: 'rectify-calendar-result' });
  const preview = element('button', { type: 'button', class: 'btn btn-default rectify-preview' }, ['预览']);
  const confirm = element('button', { type: 'button', class: 'btn btn-primary rectify-confirm', disabled: true },
    ['确认导入']);
  text.addEventListener('input', () => { confirm.disabled = true; });
  const load = (dryRun) => send('POST', 'calendar/import?dryRun=' + dryRun, {
    year: form.querySelector('#rectify-year').value ? Number(form.querySelector('#rectify-year').value) : null,
    text: text.value
  });
  const days = (list) => list.map((d) => [d.date, d.weekday, d.name]);
  const show = (r, saved) => {
    const parts = [];
    if (saved) {
      parts.push(alertBox('success', r.year + ' 年工作日日历已导入：' + r.holidays.length + ' 个放假日、' + r.workdays.length
        + ' 个调休上班日，全年 ' + r.workingDays + ' 个工作日。所有节点在一分钟内按新日历计算期限和提醒。'));
    } else if (r.valid) {
      parts.push(alertBox('info', '预览：' + r.year + ' 年 ' + r.holidays.length + ' 个放假日、' + r.workdays.length
        + ' 个调休上班日，全年 ' + r.workingDays + ' 个工作日。' + (r.replaces ? r.replaces + '。' : '')
        + '核对无误后点“确认导入”。'));
    }
    if ((r.warnings || []).length) {
      parts.push(alertBox('warning', '请核对：', r.warnings));
    }
    parts.push(element('div', { class: 'row' }, [
      element('div', { class: 'col-sm-7' }, [element('h4', {}, ['放假（' + r.holidays.length + ' 天）']),
        table(['日期', '星期', '节日'], days(r.holidays))]),
      element('div', { class: 'col-sm-5' }, [element('h4', {}, ['调休上班（' + r.workdays.length + ' 天）']),
        table(['日期', '星期', '说明'], days(r.workdays))])
    ]));
    result.replaceChildren(...parts);
    result.scrollIntoView({ block: 'start' });
  };
  preview.addEventListener('click', async () => {
    confirm.disabled = true;
    result.replaceChildren('正在识别…');
    const answer = await load(true);
    if (answer.status === 200) {
      showFieldErrors(form, []);
      show(answer.body, false);
      confirm.disabled = false;
    } else if (answer.status === 422) {
      showFieldErrors(form, (answer.body.errors || []).map((e) => 'text：' + e));
      result.replaceChildren(alertBox('danger', answer.body.error));
      text.scrollIntoView({ block: 'center' });
    } else {
      const rest = showFieldErrors(form, answer.body.details);
      result.replaceChildren(alertBox('danger', answer.body.error || ('预览失败（' + answer.status + '）'), rest));
    }
  });
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    const answer = await load(false);
    if (answer.status === 200 && answer.body.saved) {
      show(answer.body, true);
      refreshOverview();
      refreshButton();
    } else {
      result.prepend(alertBox('danger', answer.body.error || ('导入失败（' + answer.status + '）'),
        answer.body.errors || answer.body.details));
    }
  });

  const from = element('input', { id: 'rectify-from', class: 'form-control', type: 'date', style: 'width: 12em' });
  const count = element('input', { id: 'rectify-days', class: 'form-control', type: 'number', min: '0', max: '250',
    value: '5', style: 'width: 7em' });
  const trial = element('div', { class: 'rectify-trial-result' });
  const calculate = element('button', { type: 'button', class: 'btn btn-default rectify-calculate' }, ['试算']);
  calculate.addEventListener('click', async () => {
    const response = await fetch(api('calendar/working-days?from=' + encodeURIComponent(from.value) + '&days='
      + encodeURIComponent(count.value)), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const r = await response.json().catch(() => ({}));
    if (!response.ok) {
      trial.replaceChildren(alertBox('danger', r.error || ('试算失败（' + response.status + '）'), r.details));
      return;
    }
    trial.replaceChildren(alertBox(r.yearsKnown ? 'info' : 'warning', r.from + ' 之后第 ' + r.days + ' 个工作日是 '
      + r.date + '（' + r.weekday + '）' + (r.daysOff.length ? '，其间不计 ' + r.daysOff.length + ' 个节假日：'
      + r.daysOff.map((d) => d.date + ' ' + d.name).join('、') : '，其间没有法定节假日') + '。'
      + (r.yearsKnown ? '' : '（其中有年份没有工作日日历，只按周末计算）')));
    trial.scrollIntoView({ block: 'end' });
  });

  async function refreshOverview() {
    try {
      const view = await json('calendar');
      overview.replaceChildren(
        view.warning ? alertBox('warning', view.warning) : alertBox('success', '工作日日历已覆盖今年和明年。'),
        table(['年份', '状态', '来源', '放假日', '调休上班日', '全年工作日', '导入人', '导入时间'],
          view.years.map((y) => [String(y.year), y.status, y.origin, String(y.holidays), String(y.workdays),
            String(y.workingDays), y.loadedBy || '', y.loadedAt ? y.loadedAt.replace('T', ' ').substring(0, 16) : ''])));
    } catch (error) {
      overview.replaceChildren(alertBox('danger', '工作日日历暂时无法读取（' + error.message + '）'));
    }
  }
  refreshOverview();
  dialog('calendar', '工作日日历', element('div', {}, [
    element('p', {}, ['期限和提醒按法定工作日计算：周一至周五上班，国务院公布的放假日不计，调休上班日计入。随程序发布的年份为默认日历；整改办导入的年份取代同年的默认日历，保存在数据库中，所有节点共用。']),
    overview,
    element('h4', {}, ['导入一年的节假日安排']),
    form, result,
    element('h4', {}, ['工作日试算']),
    element('div', { class: 'form-inline' }, [from, ' 之后第 ', count, ' 个工作日 ', calculate]),
    trial
  ]), [preview, confirm]);
}

// ------------------------------------------------------------------ 通报段落 (the notice's paragraph per measure)

async function narrativesScreen() {
  const plans = await json('plans');
  const select = (id, options) => element('select', { id: 'rectify-' + id, class: 'form-control' },
    options.map(([value, label]) => element('option', { value }, [label])));
  const planSelect = select('plan', (plans.length === 1 ? [] : [['', '请选择']])
    .concat(plans.map((p) => [String(p.id), p.title])));
  const measureSelect = select('measure', [['', '请先选择整改方案']]);
  const text = element('textarea', { id: 'rectify-text', class: 'form-control rectify-notice', rows: '6',
    maxlength: '2000', disabled: true });
  const form = element('form', { novalidate: true, class: 'rectify-narrative-form' }, [
    formGroup('plan', '整改方案', planSelect),
    formGroup('measure', '整改措施', measureSelect),
    formGroup('text', '通报段落', text, '整改情况通报“二、反馈问题整改落实情况”中本措施的一段表述：用规范的中文写完整，'
      + '不换行、不以省略号结尾，最多 2000 字。通报会按措施状态自动补上“该项整改已完成。”等结语，此处不必写。')
  ]);
  const preview = element('a', { class: 'rectify-notice-preview', target: '_blank', rel: 'noopener',
    style: 'display: none' }, ['预览整改情况通报']);
  const message = element('div', { class: 'rectify-office-message' });
  const history = element('div', { class: 'rectify-narrative-history' });
  const save = element('button', { type: 'button', class: 'btn btn-primary rectify-save', disabled: true }, ['保存']);
  let items = [];

  async function loadMeasures(keep) {
    const plan = planSelect.value;
    preview.style.display = plan ? '' : 'none';
    preview.href = plan ? api('plans/' + plan + '/notice.html') : '#';
    if (!plan) {
      items = [];
      measureSelect.replaceChildren(element('option', { value: '' }, ['请先选择整改方案']));
      return showMeasure();
    }
    items = await json('plans/' + plan + '/narratives');
    measureSelect.replaceChildren(...[['', '请选择（共 ' + items.length + ' 条）']]
      .concat(items.map((m) => [m.code, m.code + '　' + m.position + '　' + m.title
        + (m.changes ? '（已修改 ' + m.changes + ' 次）' : '')]))
      .map(([value, label]) => element('option', { value }, [label])));
    if (keep) {
      measureSelect.value = keep;
    }
    return showMeasure();
  }

  async function showMeasure() {
    const code = measureSelect.value;
    showFieldErrors(form, []);
    if (!code) {
      text.value = '';
      text.disabled = true;
      save.disabled = true;
      history.replaceChildren();
      return;
    }
    const view = await json('measures/' + encodeURIComponent(code) + '/narrative/history');
    text.value = view.text || '';
    text.disabled = false;
    save.disabled = false;
    history.replaceChildren(element('h4', {}, ['修改记录']), view.changes.length === 0
      ? alertBox('info', '本段落尚未修改过（现为整改方案导入时的表述）。')
      : table(['修改时间', '修改人', '原段落', '新段落'], view.changes.map((c) => [
        c.changedAt.replace('T', ' ').substring(0, 16), c.changedBy, c.oldText || '（空）', c.newText])));
  }

  planSelect.addEventListener('change', () => { message.replaceChildren(); loadMeasures(); });
  measureSelect.addEventListener('change', () => { message.replaceChildren(); showMeasure(); });
  save.addEventListener('click', async () => {
    const code = measureSelect.value;
    save.disabled = true;
    message.replaceChildren();
    try {
      const answer = await send('PUT', 'measures/' + encodeURIComponent(code) + '/narrative', { text: text.value });
      if (answer.status === 200) {
        message.replaceChildren(alertBox('success', '已保存 ' + code + ' 的通报段落，通报的下一次预览和下载即用新段落。'));
        await loadMeasures(code);
      } else {
        const rest = showFieldErrors(form, answer.body.details);
        message.replaceChildren(alertBox('danger', answer.body.error || ('保存失败（' + answer.status + '）'), rest));
      }
    } catch (error) {
      message.replaceChildren(alertBox('danger', '保存失败：' + error.message));
    } finally {
      save.disabled = !measureSelect.value;
    }
  });
  await loadMeasures();
  dialog('narratives', '通报段落', element('div', {}, [
    element('p', {}, ['整改情况通报中每条整改措施的一段表述由整改办撰写。选择整改方案和措施，修改后保存；每次修改都留有记录（修改人、时间、原段落和新段落）。 ',
      preview]),
    form, message, history]), [save]);
}

// ------------------------------------------------------------------------------- 发文字号 (the number register)

async function documentNumbersScreen() {
  const plans = await json('plans');
  const planSelect = element('select', { id: 'rectify-plan', class: 'form-control' },
    [['', '请选择']].concat(plans.map((p) => [String(p.id), p.title]))
      .map(([value, label]) => element('option', { value }, [label])));
  const prefix = element('input', { id: 'rectify-prefix', class: 'form-control', maxlength: '20',
    placeholder: '如 X党发', style: 'width: 16em' });
  const form = element('form', { novalidate: true, class: 'rectify-number-form' }, [
    formGroup('plan', '整改方案', planSelect),
    formGroup('prefix', '发文机关代字', prefix, '编号为“代字〔年份〕序号号”，如 X党发〔' + new Date().getFullYear()
      + '〕3号；同一代字每年从 1 号起连续编号，不跳号、不重号。每个方案的通报只编号一次。')
  ]);
  const message = element('div', { class: 'rectify-office-message' });
  const list = element('div', { class: 'rectify-number-register' }, ['正在读取…']);
  const issue = element('button', { type: 'button', class: 'btn btn-primary rectify-save' }, ['编号并印发']);
  async function refresh() {
    const entries = await json('document-numbers');
    list.replaceChildren(element('h4', {}, ['发文登记']), entries.length === 0 ? alertBox('info', '还没有编号的文件。')
      : table(['发文字号', '文件标题', '编号人', '编号时间'], entries.map((e) => [e.documentNumber, e.title, e.issuedBy,
        e.issuedAt.replace('T', ' ').substring(0, 16)])));
  }
  issue.addEventListener('click', async () => {
    issue.disabled = true;
    message.replaceChildren();
    try {
      if (!planSelect.value) {
        showFieldErrors(form, ['plan：请选择整改方案']);
        return;
      }
      const answer = await send('POST', 'plans/' + planSelect.value + '/notice/number', { prefix: prefix.value });
      if (answer.status === 200) {
        showFieldErrors(form, []);
        message.replaceChildren(alertBox('success', '《' + answer.body.title + '》已编号为 ' + answer.body.documentNumber
          + '，通报的预览和下载即印此字号。'), element('a', { href: api('plans/' + planSelect.value + '/notice.html'),
          target: '_blank', rel: 'noopener', class: 'rectify-notice-preview' }, ['预览整改情况通报']));
        await refresh();
      } else {
        const rest = showFieldErrors(form, answer.body.details);
        message.replaceChildren(alertBox('danger', answer.body.error || ('编号失败（' + answer.status + '）'), rest));
      }
    } catch (error) {
      message.replaceChildren(alertBox('danger', '编号失败：' + error.message));
    } finally {
      issue.disabled = false;
    }
  });
  await refresh();
  dialog('document-numbers', '发文字号', element('div', {}, [
    element('p', {}, ['整改情况通报经党组审定后，由整改办在此编发文字号；编号后通报在标题上方印出字号。']),
    form, message, list]), [issue]);
}

// ---------------------------------------------------------------------------------------- the navbar menu

const SCREENS = { measure: measureScreen, 'plan-import': importScreen, plans: plansScreen, calendar: calendarScreen,
  narratives: narrativesScreen, 'document-numbers': documentNumbersScreen };
let menuButton = null;
let openMenu = null;

function closeMenu() {
  if (openMenu) {
    openMenu.remove();
    openMenu = null;
  }
}

async function refreshButton() {
  if (!menuButton) {
    return null;
  }
  const menu = await json('office/menu');
  // .btn sets display itself, so the hidden attribute alone would not hide it
  menuButton.style.display = menu.entries.length === 0 ? 'none' : '';
  menuButton.querySelector('.badge').style.display = menu.warning ? '' : 'none';
  menuButton.title = menu.warning || '整改办的日常工作';
  menuButton.dataset.loaded = 'true';
  return menu;
}

function showMenu(menu) {
  const links = menu.entries.map((entry) => {
    const link = element('a', { role: 'menuitem', 'data-entry': entry.id }, [entry.label]);
    link.addEventListener('click', () => {
      closeMenu();
      Promise.resolve(SCREENS[entry.id]()).catch((error) =>
        dialog(entry.id, entry.label, alertBox('danger', entry.label + '暂时无法打开（' + error.message + '）'), []));
    });
    return link;
  });
  openMenu = element('div', { class: 'rectify-office-menu', role: 'menu' }, [
    menu.warning ? alertBox('warning', menu.warning) : null, ...links]);
  document.body.append(openMenu);
}

export default [{
  id: 'rectify.office',
  pluginPoint: 'tasklist.navbar.action',
  priority: 18,
  render(node) {
    if (!document.getElementById('rectify-office-style')) {
      document.head.append(element('style', { id: 'rectify-office-style' }, [STYLE]));
    }
    menuButton = element('button', { type: 'button', class: 'btn btn-default rectify-office-button',
      style: 'display: none' }, ['办公室工作 ▾', element('span', { class: 'badge', style: 'display: none' }, ['!'])]);
    menuButton.addEventListener('click', async () => {
      const wasOpen = Boolean(openMenu);
      closeMenu();
      if (!wasOpen) {
        showMenu(await refreshButton());
      }
    });
    node.replaceChildren(menuButton);
    refreshButton().catch(() => {
      menuButton.style.display = 'none';
      menuButton.dataset.loaded = 'true';
    });
  }
}];
