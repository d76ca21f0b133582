'use strict';

// Runs bpmnlint's own RuleTester (written for mocha) under node:test, offline.
const { describe, it, beforeEach } = require('node:test');

Object.assign(global, { describe, it, beforeEach });

const RuleTester = require('bpmnlint/lib/testers/rule-tester');
const { createModdle } = require('bpmnlint/lib/testers/helper');

function model(processContent) {
  return createModdle(`<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_test" targetNamespace="http://rectify.org/bpmn">
  <bpmn:process id="test-process" isExecutable="true">
${processContent}
  </bpmn:process>
</bpmn:definitions>`);
}

module.exports = { RuleTester, model };
