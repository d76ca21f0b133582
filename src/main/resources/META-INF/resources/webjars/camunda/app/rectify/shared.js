/*
 * The few pieces every Rectify script in the webapps shares (Tasklist plugins, the Tasklist office screens, the
 * Cockpit plugins): where the app and the engine API are, building DOM nodes (text only, never HTML) and the
 * webapps' CSRF token for changes made with the login session (docs/security.md). Not a plugin.
 */

// app root = four levels above <base href=".../camunda/app/{tasklist,cockpit}/default/">, whatever the context path
export const ROOT = new URL('../../../../', document.baseURI);
export const ENGINE = new URL('camunda/api/engine/engine/default/', ROOT);

/** A node with attributes (false, null and undefined left out, true as an empty attribute) and children. */
export function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  (children || []).filter((child) => child !== null && child !== undefined).forEach((child) => node.append(child));
  return node;
}

/** The webapps' CSRF token for changes made with the login session. */
export async function xsrfToken() {
  const response = await fetch(new URL('api/session/token', ROOT), { credentials: 'same-origin' });
  return response.ok ? (await response.json()).token : '';
}
