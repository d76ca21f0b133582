'use strict';

const { camundaAttribute, isPending, isBlank } = require('./helper');

/**
 * Every user task has a camunda:dueDate (issue 26: no work may stall silently). Its reminder
 * timers are checked by the process tests, which fire them.
 */
module.exports = function (config) {
  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask') || isPending(node, config)) {
      return;
    }
    if (isBlank(camundaAttribute(node, 'dueDate'))) {
      reporter.report(node.id, 'User task has no due date (camunda:dueDate)');
    }
  }

  return { check };
};
