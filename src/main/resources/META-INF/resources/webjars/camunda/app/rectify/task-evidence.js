/*
 * Rectify Tasklist plugin (plugin point `tasklist.task.detail`): the tab 佐证材料 of a measure's task. Lists the
 * measure's evidence with who uploaded it (name and department), uploads several files at once (chosen or dropped
 * on the tab), removes one's own uploads, previews images and PDF in the page. Same login as Tasklist: it calls
 * /api/measures/{code}/attachments with the session and the webapps' CSRF token; what it shows is what
 * EvidenceAccess lets the user read, a refusal is shown as the server's Chinese sentence.
 * Listed in tasklist/scripts/config.js `customScripts`. See docs/webapps.md.
 */
import { ROOT, element, json, send, time, recordOf } from './task-record.js';

const MEASURE_PROCESS = 'measure-lifecycle';
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';
const PREVIEWABLE = ['image/png', 'image/jpeg', 'application/pdf'];

function size(bytes) {
  return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024)) + ' KB' : (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

function base(code) {
  return new URL('api/measures/' + encodeURIComponent(code) + '/attachments', ROOT);
}

/**
 * Images are shown in the tab (as a data: URL — Tasklist's content security policy allows no blob: images); a PDF
 * opens in the browser's own viewer in a new tab.
 */
async function preview(code, file, area) {
  if (file.contentType === 'application/pdf') {
    window.open(base(code) + '/' + file.id + '?inline=true', '_blank', 'noopener');
    return;
  }
  area.replaceChildren('正在打开预览…');
  const response = await fetch(new URL(base(code) + '/' + file.id), { credentials: 'same-origin' });
  if (!response.ok) {
    area.replaceChildren('无法打开预览，请下载后查看');
    return;
  }
  const blob = await response.blob();
  const url = await new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = reject;
    reader.readAsDataURL(new Blob([blob], { type: file.contentType }));
  });
  const close = element('button', { type: 'button', class: 'btn btn-default btn-xs' }, ['关闭预览']);
  close.addEventListener('click', () => area.replaceChildren());
  area.replaceChildren(element('div', { class: 'rectify-evidence-preview-head' },
    [element('strong', {}, [file.fileName]), ' ', close]),
  element('img', { src: url, alt: file.fileName, class: 'rectify-evidence-image' }));
}

function row(code, file, view) {
  const link = element('a', { href: base(code) + '/' + file.id, download: file.fileName }, [file.fileName]);
  const actions = element('td', { class: 'rectify-evidence-actions' });
  if (PREVIEWABLE.includes(file.contentType)) {
    const button = element('button', { type: 'button', class: 'btn btn-default btn-xs rectify-evidence-preview-button' },
      ['预览']);
    button.addEventListener('click', () => preview(code, file, view.previewArea));
    actions.append(button, ' ');
  }
  if (file.mine) {
    const remove = element('button', { type: 'button', class: 'btn btn-default btn-xs rectify-evidence-remove' },
      ['删除']);
    remove.addEventListener('click', () => {
      const confirm = element('button', { type: 'button', class: 'btn btn-danger btn-xs rectify-evidence-confirm' },
        ['确认删除']);
      const cancel = element('button', { type: 'button', class: 'btn btn-default btn-xs' }, ['取消']);
      cancel.addEventListener('click', () => view.load());
      confirm.addEventListener('click', async () => {
        try {
          await send(new URL(base(code) + '/' + file.id + '/removal'), 'POST', null, '删除');
          view.say('已删除：' + file.fileName, true);
          view.load();
        } catch (error) {
          view.say(error.message, false);
        }
      });
      remove.replaceWith(confirm, ' ', cancel);
    });
    actions.append(remove);
  }
  return element('tr', {}, [
    element('td', {}, [link]),
    element('td', {}, [size(file.sizeBytes)]),
    element('td', {}, [file.uploaderName + (file.uploaderUnit ? '（' + file.uploaderUnit + '）' : '')]),
    element('td', {}, [time(file.uploadedAt)]),
    actions
  ]);
}

async function upload(code, files, view) {
  const results = [];
  for (const file of files) {
    if (file.size > MAX_BYTES) {
      results.push([file.name + '：文件过大，单个文件不能超过 10 MB', false]);
      continue;
    }
    const data = new FormData();
    data.append('file', file);
    try {
      await send(base(code), 'POST', data, '上传');
      results.push(['已上传：' + file.name, true]);
    } catch (error) {
      results.push([file.name + '：' + error.message, false]);
    }
  }
  view.sayAll(results);
  view.load();
}

function render(node, code) {
  const message = element('div', { class: 'rectify-evidence-message', role: 'status' });
  const list = element('div', { class: 'rectify-evidence-list' }, ['正在读取…']);
  const previewArea = element('div', { class: 'rectify-evidence-preview' });
  const input = element('input', { type: 'file', multiple: 'multiple', accept: ACCEPT,
    class: 'rectify-evidence-input' });
  const drop = element('div', { class: 'rectify-evidence-drop' }, [
    '将文件拖到此处，或 ',
    element('label', { class: 'btn btn-default btn-sm' }, ['选择文件', input]),
    element('div', { class: 'rectify-evidence-note' }, ['可一次上传多个文件；支持 PDF、Word、Excel、JPG、PNG，单个文件不超过 10 MB'])
  ]);
  const view = {
    previewArea,
    say(text, ok) {
      message.replaceChildren(element('div', { class: ok ? 'text-success' : 'text-danger' }, [text]));
    },
    sayAll(results) {
      message.replaceChildren(...results.map(([text, ok]) =>
        element('div', { class: ok ? 'text-success' : 'text-danger' }, [text])));
    },
    async load() {
      try {
        const response = await json(base(code), '佐证材料', true);
        const files = await response.json();
        if (response.headers.get('X-Rectify-May-Upload') !== 'true') {
          drop.remove();
        }
        list.replaceChildren(files.length === 0
          ? element('p', { class: 'rectify-evidence-empty' }, ['尚未上传佐证材料。'])
          : element('table', { class: 'table table-condensed rectify-evidence-table' }, [
            element('thead', {}, [element('tr', {}, ['文件', '大小', '上传人', '上传时间', '']
              .map((c) => element('th', {}, [c])))]),
            element('tbody', {}, files.map((file) => row(code, file, view)))
          ]));
      } catch (error) {
        drop.remove();
        list.replaceChildren(element('p', { class: 'text-danger rectify-evidence-refused' }, [error.message]));
      }
    }
  };
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    upload(code, files, view);
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('rectify-evidence-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('rectify-evidence-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('rectify-evidence-over');
    upload(code, [...event.dataTransfer.files], view);
  });
  node.replaceChildren(element('div', { class: 'rectify-evidence' }, [drop, message, list, previewArea]));
  view.load();
}

export default [{
  id: 'rectify.task.evidence',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: { label: '佐证材料' },
  render(node, { taskId }) {
    node.replaceChildren('正在读取…');
    recordOf(taskId)
      .then((record) => {
        if (record.processKey !== MEASURE_PROCESS || !record.businessKey) {
          node.replaceChildren(element('p', { class: 'rectify-evidence-empty' },
            ['佐证材料随整改措施上传；本任务不是整改措施的任务。']));
          return;
        }
        render(node, record.businessKey);
      })
      .catch((error) => node.replaceChildren(element('p', { class: 'text-danger rectify-evidence-refused' },
        [error.message])));
  }
}];
