/*
 * 合同登记: the contract register as the office and the departments use it — register a contract (POST
 * /api/contracts: the same rules as the API, checked in the browser first, the API's refusals shown at the field)
 * and the list of contracts the user may read (GET /api/contracts, narrowed to his department unless the access
 * matrix lets him see all). The form appears only for the groups the matrix lets register; a department clerk
 * registers for his own department only.
 *
 * 签订情况 (issue 25): a contract not signed yet is signed only after the legal adviser's opinion (contract-signing,
 * started with the registration); a contract already signed is entered as a record of the past, with the number of
 * the legal opinion it was signed on and its signing date (not in the future) — the fields appear only then.
 */
import { amountText, api, element, form, parseDate, table } from './ui.js';

const CATEGORIES = [['', '请选择'], ['cleaning', '环卫保洁'], ['greening', '园林绿化养护'], ['parks', '公园管理'],
  ['municipal', '市政设施维护'], ['design', '设计咨询'], ['security', '安保服务'], ['vehicles', '车辆租赁维修'],
  ['other', '其他']];
const METHODS = [['', '请选择'], ['公开招标', '公开招标'], ['邀请招标', '邀请招标'], ['竞争性谈判', '竞争性谈判'],
  ['竞争性磋商', '竞争性磋商'], ['询价', '询价'], ['单一来源', '单一来源'], ['三方比价', '三方比价'], ['其他', '其他']];
const STATUS = { ACTIVE: '履行中', EXITED: '承包商已退出', RETENDERED: '已重新招标' };
const SIGNING = [['', '请选择'], ['false', '尚未签订（先经法律顾问审查，再签订）'],
  ['true', '已签订（补录已签订的合同，须有法律意见书）']];
const NUMBER = /^[\p{Script=Han}A-Za-z0-9\-_/.()（）〔〕[\]【】#]{1,50}$/u;
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015, as org.rectify.supplier.CreditCode checks it; null when valid. */
export function creditCodeProblem(code) {
  if (!code) {
    return '统一社会信用代码不能为空';
  }
  if (code.length !== 18) {
    return '统一社会信用代码应为18位，实际为' + code.length + '位';
  }
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_ALPHABET.includes(code[i])) {
      return '统一社会信用代码第' + (i + 1) + '位字符“' + code[i] + '”不允许（不得使用I、O、Z、S、V及小写字母）';
    }
  }
  if (!/^\d{6}$/.test(code.substring(2, 8))) {
    return '统一社会信用代码第3至8位应为行政区划代码（数字）';
  }
  const sum = [...code.substring(0, 17)].reduce((s, c, i) => s + CREDIT_ALPHABET.indexOf(c) * CREDIT_WEIGHTS[i], 0);
  const check = 31 - (sum % 31);
  return code[17] === CREDIT_ALPHABET[check === 31 ? 0 : check] ? null : '统一社会信用代码校验位错误';
}

/**
 * The amount as typed, in 元 or 万元, thousands separators allowed (1,250,000 or 125 万元) → yuan as a decimal
 * string with at most 2 places; or {problem}.
 */
export function parseAmount(text, unit) {
  const plain = String(text || '').replace(/[,，\s]/g, '');
  if (!plain) {
    return { problem: '合同金额不能为空' };
  }
  if (/^-/.test(plain)) {
    return { problem: '合同金额不能为负数' };
  }
  if (!/^\d+(\.\d+)?$/.test(plain)) {
    return { problem: '合同金额只能填写数字，可用千位分隔符，如 1,250,000.00' };
  }
  const [whole, fraction = ''] = plain.split('.');
  const shift = unit === '万元' ? 4 : 0;
  const digits = (whole + fraction.padEnd(shift, '0').substring(0, shift)).replace(/^0+(?=\d)/, '');
  const rest = fraction.substring(shift).replace(/0+$/, '');
  if (rest.length > 2) {
    return { problem: '合同金额最多精确到分（元后 2 位小数）' };
  }
  if (digits.length > 13) {
    return { problem: '合同金额最多 13 位整数（元）' };
  }
  return { yuan: digits + (rest ? '.' + rest : '') };
}

/** Today in Beijing, as 2026-12-07. */
function beijingToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function signingChecks(values, endsOn, problems) {
  if (values.signed === 'false') {
    return;
  }
  if (values.signed !== 'true') {
    problems.signed = '请选择签订情况：尚未签订的合同须先经法律顾问审查';
    return;
  }
  if (!values.legalOpinionRef) {
    problems.legalOpinionRef = '登记已签订的合同须填写签约前法律审查意见书编号';
  } else if (!NUMBER.test(values.legalOpinionRef)) {
    problems.legalOpinionRef = '法律意见书编号只能由汉字、字母、数字和 - _ / . ( ) 〔 〕 [ ] # 组成，最长 50 位';
  }
  const signedOn = parseDate(values.signedOn);
  if (!values.signedOn) {
    problems.signedOn = '登记已签订的合同须填写签订日期';
  } else if (!signedOn) {
    problems.signedOn = '日期格式应为 年-月-日，如 2025-12-20';
  } else if (signedOn > beijingToday()) {
    problems.signedOn = '签订日期不能晚于今天；尚未签订的合同请选择“尚未签订”，先经法律顾问审查';
  } else if (endsOn && signedOn > endsOn) {
    problems.signedOn = '签订日期不能晚于合同终止日期';
  }
}

function checks(values) {
  const problems = {};
  if (!values.number) {
    problems.number = '不能为空';
  } else if (!NUMBER.test(values.number)) {
    problems.number = '合同编号只能由汉字、字母、数字和 - _ / . ( ) 〔 〕 [ ] # 组成，最长 50 位';
  }
  if (!values.title) {
    problems.title = '不能为空';
  }
  if (!values.contractor) {
    problems.contractor = '不能为空';
  }
  const credit = creditCodeProblem(values.contractorCreditCode);
  if (credit) {
    problems.contractorCreditCode = credit;
  }
  if (!values.department) {
    problems.department = '请选择承办科室';
  }
  if (!values.category) {
    problems.category = '请选择合同类别';
  }
  const amount = parseAmount(values.amount, values.amountUnit);
  if (amount.problem) {
    problems.amount = amount.problem;
  }
  const startsOn = parseDate(values.startsOn);
  const endsOn = parseDate(values.endsOn);
  if (!values.startsOn) {
    problems.startsOn = '不能为空';
  } else if (!startsOn) {
    problems.startsOn = '日期格式应为 年-月-日，如 2026-01-01';
  }
  if (!values.endsOn) {
    problems.endsOn = '不能为空';
  } else if (!endsOn) {
    problems.endsOn = '日期格式应为 年-月-日，如 2027-12-31';
  } else if (startsOn && endsOn < startsOn) {
    problems.endsOn = '合同终止日期早于起始日期';
  }
  signingChecks(values, endsOn, problems);
  return problems;
}

function request(values) {
  return {
    number: values.number,
    title: values.title,
    contractor: values.contractor,
    contractorCreditCode: values.contractorCreditCode,
    department: values.department,
    category: values.category,
    amount: parseAmount(values.amount, values.amountUnit).yuan,
    procurementMethod: values.procurementMethod || null,
    startsOn: parseDate(values.startsOn),
    endsOn: parseDate(values.endsOn),
    tenderRequired: values.tenderRequired,
    renewalAllowed: values.renewalAllowed,
    ...(values.signed === 'true'
      ? { signed: true, legalOpinionRef: values.legalOpinionRef, signedOn: parseDate(values.signedOn) }
      : { signed: false })
  };
}

async function departmentChoices(user) {
  const all = await api('GET', '/api/departments');
  return user.allRecords('POST', '/api/contracts') ? all : all.filter((d) => user.departments.includes(d.id));
}

function registerForm(departments, refresh) {
  const options = [['', '请选择'], ...departments.map((d) => [d.id, d.name])];
  const registration = form('rectify-contract-form', [
    { name: 'number', label: '合同编号', required: true, maxlength: 50, placeholder: '如 HT-2026-SAN-01' },
    { name: 'title', label: '合同名称', required: true, maxlength: 200 },
    { name: 'contractor', label: '承包商', required: true, maxlength: 200, placeholder: '营业执照上的名称' },
    { name: 'contractorCreditCode', label: '统一社会信用代码', required: true, maxlength: 18,
      hint: '18 位，大写字母和数字（不含 I、O、Z、S、V），末位为校验位' },
    { name: 'department', label: '承办科室', type: 'select', required: true, options,
      value: departments.length === 1 ? departments[0].id : '' },
    { name: 'category', label: '合同类别', type: 'select', required: true, options: CATEGORIES,
      hint: '决定例行履约考核的周期（如环卫保洁每月一次）' },
    { name: 'amount', label: '合同金额', required: true, maxlength: 24, placeholder: '如 1,250,000.00',
      hint: '可用千位分隔符；单位在下面选择' },
    { name: 'amountUnit', label: '金额单位', type: 'select', options: [['元', '元'], ['万元', '万元']] },
    { name: 'procurementMethod', label: '采购方式', type: 'select', options: METHODS },
    { name: 'startsOn', label: '合同起始日期', required: true, maxlength: 12, placeholder: '年-月-日，如 2026-01-01' },
    { name: 'endsOn', label: '合同终止日期', required: true, maxlength: 12, placeholder: '年-月-日，如 2027-12-31' },
    { name: 'tenderRequired', label: '期满须重新招标（不续签）', type: 'checkbox' },
    { name: 'renewalAllowed', label: '合同允许续签', type: 'checkbox', checked: true },
    { name: 'signed', label: '签订情况', type: 'select', required: true, options: SIGNING,
      hint: '尚未签订的合同登记后由法律顾问出具法律意见，无异议后方可签订；已签订的合同只能补录，须有签约前的法律意见书' },
    { name: 'legalOpinionRef', label: '法律意见书编号', required: true, maxlength: 50, hidden: true,
      placeholder: '如 法意〔2025〕12号', hint: '签约前法律顾问出具的法律意见书编号，记入合同台账' },
    { name: 'signedOn', label: '签订日期', required: true, maxlength: 12, hidden: true,
      placeholder: '年-月-日，如 2025-12-20', hint: '不能晚于今天' }
  ], {
    submitLabel: '登记合同',
    check: checks,
    submit: (values) => api('POST', '/api/contracts', request(values)),
    done: (contract) => {
      refresh();
      return element('span', {}, ['已登记合同 ' + contract.number + '（' + amountText(contract.amount) + '），'
        + (contract.signedOn ? '已启动合同续签与招标提醒流程' : '已送法律顾问审查，签订后启动合同续签与招标提醒')
        + (contract.overdue ? '；该合同已过期，相关期限提醒将立即发出' : '')]);
    }
  });
  // the record of an earlier signing is asked only for a contract already signed
  const signed = registration.input('signed');
  const showSigning = () => ['legalOpinionRef', 'signedOn'].forEach((name) => {
    registration.group(name).hidden = signed.value !== 'true';
  });
  signed.addEventListener('change', showSigning);
  // the amount as the bureau reads it, while it is typed
  const preview = element('span', { class: 'help-block rectify-amount-preview' });
  const amount = registration.input('amount');
  const unit = registration.input('amountUnit');
  const show = () => {
    const parsed = parseAmount(amount.value, unit.value);
    preview.textContent = amount.value.trim() && !parsed.problem ? '合计 ' + amountText(parsed.yuan) : '';
  };
  amount.addEventListener('input', show);
  unit.addEventListener('change', show);
  amount.parentNode.insertBefore(preview, amount.nextSibling);
  return registration.node;
}

async function contractList(names) {
  const contracts = await api('GET', '/api/contracts');
  if (contracts.length === 0) {
    return element('p', { class: 'rectify-contract-empty' }, ['暂无您可查看的合同。']);
  }
  const flags = (c) => [c.overdue ? '已过期' : '', c.late ? '节点逾期' : ''].filter(Boolean).join('，');
  const signing = (c) => {
    if (c.signedOn) {
      return c.signedOn + ' 签订（法律意见书 ' + (c.legalOpinionRef || '—') + '）';
    }
    return c.legalOpinionRef ? '已签订（法律意见书 ' + c.legalOpinionRef + '）' : '待法律审查及签订';
  };
  return table('rectify-contract-table',
    ['合同编号', '合同名称', '承包商', '承办科室', '合同金额', '合同期限', '签订', '状态'],
    contracts.map((c) => ({
      key: c.number,
      cells: [c.number, c.title, c.contractor, names[c.department] || c.department, amountText(c.amount),
        c.startsOn + ' 至 ' + c.endsOn, signing(c), (STATUS[c.status] || c.status) + (flags(c) ? '（' + flags(c) + '）' : '')]
    })));
}

/** Renders the screen into the dialog's body. */
export async function contractsScreen(body, user) {
  const departments = await api('GET', '/api/departments');
  const names = Object.fromEntries(departments.map((d) => [d.id, d.name]));
  const listHolder = element('div', { id: 'rectify-contract-list' }, ['正在读取…']);
  const refresh = () => contractList(names)
    .then((node) => listHolder.replaceChildren(node))
    .catch((error) => listHolder.replaceChildren('合同暂时无法读取（' + error.message + '）'));
  const parts = [];
  if (user.may('POST', '/api/contracts')) {
    const choices = await departmentChoices(user);
    parts.push(element('h4', {}, ['登记合同']),
      element('p', { class: 'text-muted' }, [user.allRecords('POST', '/api/contracts')
        ? '登记后即启动该合同的续签与招标提醒流程。'
        : '登记后即启动该合同的续签与招标提醒流程。您只能为本科室登记合同。']),
      registerForm(choices, refresh));
  }
  parts.push(element('h4', {}, ['合同台账']), listHolder);
  body.replaceChildren(...parts);
  refresh();
}
