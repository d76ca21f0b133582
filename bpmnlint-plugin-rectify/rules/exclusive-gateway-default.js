'use strict';

const { camundaProperties, isPending, isBlank } = require('./helper');

/**
 * Every exclusive gateway that splits (more than one outgoing flow) has a default flow, or
 * declares the server-side check of the values it tests: an extension property
 * `checkedBy` naming the bean that refuses any other value with a Chinese message before the
 * gateway is reached (docs/style.md). Without either, a value no condition expects ends in an
 * incident instead of a refusal.
 */
module.exports = function (config) {
  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:ExclusiveGateway') || isPending(node, config)) {
      return;
    }
    const outgoing = node.outgoing || [];
    if (outgoing.length < 2 || node.default) {
      return;
    }
    const properties = camundaProperties(node);
    if ('checkedBy' in properties && isBlank(properties.checkedBy)) {
      reporter.report(node.id, 'Property checkedBy is empty: name the bean that checks the values');
      return;
    }
    if (!('checkedBy' in properties)) {
      reporter.report(
        node.id,
        'Exclusive gateway has neither a default flow nor a checkedBy property naming its server-side check'
      );
    }
  }

  return { check };
};
