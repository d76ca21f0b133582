'use strict';

// The pending lists in the repository's .bpmnlintrc name processes that do not follow a rule yet
// (issue 26). This test keeps them honest: every listed process must exist and still break the
// rule. Once a model is fixed, this test fails until its id is taken off the list, so the list
// only shrinks and a fixed model is checked from then on.

const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const fs = require('node:fs');
const Linter = require('bpmnlint/lib/linter');
const { readModdle } = require('bpmnlint/lib/testers/helper');

const repository = path.resolve(__dirname, '..', '..');
const config = JSON.parse(fs.readFileSync(path.join(repository, '.bpmnlintrc'), 'utf8'));

for (const ruleName of ['user-task-due-date', 'exclusive-gateway-default']) {
  const setting = config.rules[`rectify/${ruleName}`];
  assert.ok(Array.isArray(setting), `.bpmnlintrc configures rectify/${ruleName}`);
  assert.strictEqual(setting[0], 'error', `rectify/${ruleName} is an error`);
  const pending = (setting[1] && setting[1].pending) || [];

  for (const processId of pending) {
    test(`${ruleName}: pending ${processId} still breaks the rule`, async () => {
      const file = path.join(repository, 'processes', `${processId}.bpmn`);
      assert.ok(fs.existsSync(file), `processes/${processId}.bpmn exists`);
      const linter = new Linter({
        resolver: {
          resolveRule: () => require(`../rules/${ruleName}`),
          resolveConfig: () => {
            throw new Error('not used');
          }
        }
      });
      const { root } = await readModdle(file);
      const results = await linter.lint(root, { rules: { [ruleName]: 'error' } });
      const reports = results[ruleName] || [];
      assert.ok(
        reports.length > 0,
        `${processId} now follows ${ruleName}: take it off the pending list in .bpmnlintrc`
      );
    });
  }
}
