'use strict';

const { RuleTester, model } = require('../rule-testing');
const rule = require('../rules/exclusive-gateway-default');

function split(gatewayAttributes, gatewayExtensions = '') {
  return model(`
    <bpmn:exclusiveGateway id="Gateway_Approved" ${gatewayAttributes}>${gatewayExtensions}
      <bpmn:outgoing>Flow_Yes</bpmn:outgoing><bpmn:outgoing>Flow_No</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_Approved" targetRef="End_Yes">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${approved}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_Approved" targetRef="End_No">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${!approved}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:endEvent id="End_Yes" /><bpmn:endEvent id="End_No" />`);
}

function checkedBy(value) {
  return `<bpmn:extensionElements><camunda:properties>
      <camunda:property name="checkedBy" value="${value}" />
    </camunda:properties></bpmn:extensionElements>`;
}

const MISSING =
  'Exclusive gateway has neither a default flow nor a checkedBy property naming its server-side check';

RuleTester.verify('exclusive-gateway-default', rule, {
  valid: [
    { name: 'a split with a default flow', moddleElement: split('default="Flow_No"') },
    {
      name: 'a split whose values a bean checks',
      moddleElement: split('', checkedBy('approvalDecisionCheck'))
    },
    {
      name: 'a join (one outgoing flow) needs neither',
      moddleElement: model(`
        <bpmn:exclusiveGateway id="Gateway_Join"><bpmn:outgoing>Flow_Out</bpmn:outgoing></bpmn:exclusiveGateway>
        <bpmn:sequenceFlow id="Flow_Out" sourceRef="Gateway_Join" targetRef="End" /><bpmn:endEvent id="End" />`)
    },
    {
      name: 'a process listed as pending is skipped',
      config: { pending: ['test-process'] },
      moddleElement: split('')
    }
  ],
  invalid: [
    {
      name: 'a split without default or check',
      moddleElement: split(''),
      report: { id: 'Gateway_Approved', message: MISSING }
    },
    {
      name: 'a split with other properties only',
      moddleElement: split('', checkedBy('x').replace('checkedBy', 'reviewedBy')),
      report: { id: 'Gateway_Approved', message: MISSING }
    },
    {
      name: 'an empty checkedBy',
      moddleElement: split('', checkedBy(' ')),
      report: {
        id: 'Gateway_Approved',
        message: 'Property checkedBy is empty: name the bean that checks the values'
      }
    }
  ]
});
