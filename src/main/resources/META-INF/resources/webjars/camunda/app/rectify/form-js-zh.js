/*
 * Chinese validation messages for Camunda Forms in Tasklist. form-js (bundled with the 7.24 webapps) writes its
 * validation errors in English and has no translation hook, so this script, a `customScripts` entry of the
 * Tasklist config.js, rewrites the known messages inside the form's error elements as they appear.
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

new MutationObserver(() => translateErrors(document)).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true
});
