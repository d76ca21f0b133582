/*
 * Rectify's office screens in Tasklist (Camunda 7.24 frontend plugin API, plugin point `tasklist.navbar.action`): a
 * 合同与会议 menu in the navbar opening 合同登记 (register a contract, the contract register), 会议 (plan, move,
 * record, cancel meetings) and 黑名单 (the blacklist, removal by decision) as dialogs in the webapps' own style,
 * with the Tasklist login — no second login. Each entry and each action is shown only to the roles the access
 * matrix admits (read from GET /api/session/permissions when the menu opens); the API decides every request
 * anyway. Also adds the 催办 button to the task detail (office-contracts/urge.js).
 * Listed in tasklist/scripts/config.js `customScripts`. See docs/contracts.md, docs/meetings.md.
 */
import { closeDialog, dialog, element, permissions } from './office-contracts/ui.js';
import { contractsScreen } from './office-contracts/contracts.js';
import { meetingsScreen } from './office-contracts/meetings.js';
import { blacklistScreen } from './office-contracts/blacklist.js';
import './office-contracts/urge.js';

const SCREENS = [
  { id: 'contracts', label: '合同登记', title: '合同登记与合同台账', allowed: (u) => u.may('GET', '/api/contracts'),
    render: contractsScreen },
  { id: 'meetings', label: '会议', title: '会议登记簿', allowed: (u) => u.may('GET', '/api/meetings'),
    render: meetingsScreen },
  { id: 'blacklist', label: '黑名单', title: '承包商黑名单', allowed: (u) => u.may('GET', '/api/suppliers/blacklist'),
    render: blacklistScreen }
];

function open(screen, user) {
  const body = dialog('rectify-office-' + screen.id, screen.title);
  body.append('正在读取…');
  screen.render(body, user).catch((error) => body.replaceChildren(
    element('div', { class: 'alert alert-danger' }, [screen.title + '暂时无法打开（' + error.message + '）'])));
}

export default [{
  id: 'rectify.officeContracts',
  pluginPoint: 'tasklist.navbar.action',
  priority: 18,
  render(node) {
    const menu = element('ul', { class: 'dropdown-menu rectify-office-entries', role: 'menu' });
    const toggle = element('button', { type: 'button', class: 'btn btn-default dropdown-toggle rectify-office-button',
      'aria-haspopup': 'true', title: '合同登记、会议、承包商黑名单' }, ['合同与会议 ', element('span', { class: 'caret' })]);
    const wrapper = element('div', { class: 'dropdown rectify-contracts-menu' }, [toggle, menu]);
    const hide = () => wrapper.classList.remove('open');
    toggle.addEventListener('click', async (event) => {
      event.stopPropagation();
      if (wrapper.classList.contains('open')) {
        hide();
        return;
      }
      menu.replaceChildren(element('li', { class: 'disabled' }, [element('a', {}, ['正在读取…'])]));
      wrapper.classList.add('open');
      try {
        const user = await permissions();
        const entries = SCREENS.filter((screen) => screen.allowed(user)).map((screen) => {
          const link = element('a', { href: '', role: 'menuitem', class: 'rectify-office-entry-' + screen.id },
            [screen.label]);
          link.addEventListener('click', (click) => {
            click.preventDefault();
            hide();
            open(screen, user);
          });
          return element('li', {}, [link]);
        });
        menu.replaceChildren(...(entries.length ? entries
          : [element('li', { class: 'disabled' }, [element('a', {}, ['您没有可用的办公事项'])])]));
      } catch (error) {
        menu.replaceChildren(element('li', { class: 'disabled' }, [element('a', {}, ['暂时无法读取（' + error.message + '）'])]));
      }
    });
    document.addEventListener('click', hide);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        hide();
        closeDialog();
      }
    });
    node.replaceChildren(wrapper);
  }
}];
