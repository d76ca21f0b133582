'use strict';

// Rectify's own model rules (issue 26). Which models are still pending is configured in the
// repository's .bpmnlintrc, not here; docs/style.md explains the conventions.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-due-date': 'error',
        'exclusive-gateway-default': 'error'
      }
    }
  },
  rules: {
    'user-task-due-date': './rules/user-task-due-date',
    'exclusive-gateway-default': './rules/exclusive-gateway-default'
  }
};
