/*
 * Camunda Forms in Tasklist, in Chinese. form-js (bundled with the 7.24 webapps) writes its widgets and validation
 * errors in English and has no translation hook, so this script, a `customScripts` entry of the Tasklist config.js,
 * rewrites them as they appear:
 * - validation messages inside the form's error elements;
 * - the "Select" placeholder of a select (请选择), "Search" placeholders (搜索) and the empty dropdown list;
 * - every date picker (flatpickr, reached through its input's `_flatpickr`): Chinese month and weekday names,
 *   weeks starting on Monday (flatpickr's own zh locale with firstDayOfWeek 1), dates shown and typed as
 *   2027-03-07 whatever the browser's regional format (form-js derives flatpickr's format from it: 3/7/2027 on an
 *   English system), placeholder 年-月-日;
 * - under every amount field (a number field labelled “…（元）”), the amount as a clerk checks it while typing:
 *   1500000 → “1,500,000.00 元，即 150 万元” (an extra zero is seen at once).
 * Exports nothing: it is not a plugin.
 */
/*
 * What a form's `validate.pattern` asks for, in words: a clerk is never shown the regular expression itself. A
 * pattern missing here reads as the generic sentence (the label of such a field carries an example).
 */
const PATTERNS = {
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': '请按“时:分”填写，例如 08:45。'
};

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern (.+)\.$/, (m) => PATTERNS[m[1]] || '格式不正确，请按本项标签中的示例填写。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少需要 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多允许 ${m[1]} 个字符。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请输入有效的电话号码（国际格式，例如 +8610xxxxxxxx）。'],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多保留 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `请输入有效值，最接近的有效值为 ${m[1]} 和 ${m[2]}。`],
  [/^Date and time must both be entered\.$/, () => '日期和时间都必须填写。']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, replacement] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return replacement(match);
    }
  }
  return null;
}

/** Widget texts of form-js: the element's exact text → Chinese. */
const WIDGET_TEXTS = [
  ['.fjs-select-display', 'Select', '请选择'],
  ['.fjs-dropdownlist-empty', 'No results', '无匹配项'],
  ['.fjs-dropdownlist-empty', 'All values selected', '已全部选择']
];

const SEARCH_INPUTS = '.fjs-form input[placeholder="Search"]';

/** flatpickr's zh locale (flatpickr/dist/l10n/zh), weeks from Monday as Chinese calendars print them. */
const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

function translateWidgets(root) {
  WIDGET_TEXTS.forEach(([selector, english, chinese]) => {
    root.querySelectorAll(selector).forEach((element) => {
      // the text node itself, not textContent: Preact keeps that node and updates it when a value is chosen
      const text = element.firstChild;
      if (element.childNodes.length === 1 && text.nodeType === Node.TEXT_NODE && text.nodeValue.trim() === english) {
        text.nodeValue = chinese;
      }
    });
  });
  root.querySelectorAll(SEARCH_INPUTS).forEach((input) => input.setAttribute('placeholder', '搜索'));
}

/** How a Chinese user reads and types a date (GB/T 7408): 2027-03-07. flatpickr's format letters. */
const DATE_FORMAT = 'Y-m-d';

const DATE_PLACEHOLDER = '年-月-日';

/**
 * A date picker is localized once, right after form-js created it (before anyone opens it): Chinese names, weeks
 * from Monday, and the format year-month-day for what it shows and what it reads from typing. The value form-js
 * keeps is the picked Date (flatpickr's onChange), so the shown format changes nothing in what is saved.
 */
function localizeDatePickers(root) {
  root.querySelectorAll('.fjs-form input').forEach((input) => {
    const picker = input._flatpickr;
    if (!picker || !picker.config) {
      return;
    }
    if (input.getAttribute('placeholder') !== DATE_PLACEHOLDER) {
      input.setAttribute('placeholder', DATE_PLACEHOLDER);
    }
    if (picker.config.locale !== FLATPICKR_ZH) {
      picker.set('locale', FLATPICKR_ZH);
    }
    if (picker.config.dateFormat !== DATE_FORMAT) {
      picker.set('dateFormat', DATE_FORMAT);
      if (picker.selectedDates.length) {
        // shown again in the new format, without a change event: the value itself is unchanged
        picker.setDate(picker.selectedDates, false);
      }
    }
  });
}

function translateErrors(root) {
  const containers = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
  containers.forEach((container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chinese = translate(node.nodeValue);
      if (chinese) {
        node.nodeValue = chinese;
      }
    }
  });
}

const AMOUNT_LABEL = /（元）/;

/** 1500000 → “1,500,000.00 元，即 150 万元”; empty for an empty or unreadable value. */
function amountText(raw) {
  const text = String(raw === undefined || raw === null ? '' : raw).replace(/[,，\s]/g, '');
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) {
    return '';
  }
  const yuan = value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const wan = Math.abs(value) >= 10000
    ? '，即 ' + (value / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 6 }) + ' 万元' : '';
  return yuan + ' 元' + wan;
}

function annotateAmounts(root) {
  root.querySelectorAll('.fjs-form-field-number').forEach((field) => {
    const label = field.querySelector('label');
    const input = field.querySelector('input');
    if (!label || !input || !AMOUNT_LABEL.test(label.textContent)) {
      return;
    }
    let hint = field.querySelector('.rectify-amount-hint');
    if (!hint) {
      hint = document.createElement('div');
      hint.className = 'rectify-amount-hint';
      hint.setAttribute('aria-live', 'polite');
      hint.style.cssText = 'color: #555; font-size: 13px; margin-top: 4px; min-height: 1em;';
      field.append(hint);
    }
    if (!input.dataset.rectifyAmount) {
      input.dataset.rectifyAmount = 'true';
      input.addEventListener('input', () => annotateAmounts(root));
    }
    const text = amountText(input.value);
    if (hint.textContent !== text) {
      hint.textContent = text;
    }
  });
}

new MutationObserver(() => {
  translateErrors(document);
  translateWidgets(document);
  localizeDatePickers(document);
  annotateAmounts(document);
}).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true
});
