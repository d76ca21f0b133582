'use strict';

// Reads Camunda extension attributes and properties whether or not the Camunda moddle extension
// is loaded (the bpmnlint CLI parses laxly without it: then they sit in $attrs / generic elements).

function camundaAttribute(node, name) {
  const qualified = 'camunda:' + name;
  const value = node.get ? node.get(qualified) : undefined;
  if (value !== undefined && value !== null) {
    return value;
  }
  return node.$attrs ? node.$attrs[qualified] : undefined;
}

function camundaProperties(node) {
  const extensionElements = node.extensionElements;
  const values = (extensionElements && extensionElements.values) || [];
  const result = {};
  values
    .filter((value) => /^camunda:properties$/i.test(value.$type))
    .forEach((properties) => {
      (properties.values || properties.$children || []).forEach((property) => {
        const name = property.name || (property.$attrs && property.$attrs.name);
        const value = property.value || (property.$attrs && property.$attrs.value);
        if (name) {
          result[name] = value;
        }
      });
    });
  return result;
}

/** The process (or participant's process) that contains the node. */
function processOf(node) {
  let current = node;
  while (current && current.$type !== 'bpmn:Process') {
    current = current.$parent;
  }
  return current;
}

/**
 * config.pending: ids of processes that do not follow the rule yet. They are skipped, and
 * test/pending.test.js fails as soon as a listed process follows the rule, so the list only
 * ever shrinks.
 */
function isPending(node, config) {
  const pending = (config && config.pending) || [];
  const process = processOf(node);
  return Boolean(process && pending.includes(process.id));
}

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

module.exports = { camundaAttribute, camundaProperties, isPending, isBlank };
