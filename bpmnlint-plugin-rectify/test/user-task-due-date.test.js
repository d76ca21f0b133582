'use strict';

const { RuleTester, model } = require('../rule-testing');
const rule = require('../rules/user-task-due-date');

RuleTester.verify('user-task-due-date', rule, {
  valid: [
    {
      name: 'a user task with a working-day due date',
      moddleElement: model(
        '<bpmn:userTask id="UserTask_Approve" camunda:dueDate="${reminderTimes.dueInWorkingDays(2)}" />'
      )
    },
    {
      name: 'a user task due on a process variable',
      moddleElement: model('<bpmn:userTask id="UserTask_Rectify" camunda:dueDate="${dueDate}" />')
    },
    {
      name: 'a service task needs no due date',
      moddleElement: model('<bpmn:serviceTask id="ServiceTask_Record" />')
    },
    {
      name: 'a process listed as pending is skipped',
      config: { pending: ['test-process'] },
      moddleElement: model('<bpmn:userTask id="UserTask_Approve" />')
    }
  ],
  invalid: [
    {
      name: 'a user task without a due date',
      moddleElement: model('<bpmn:userTask id="UserTask_Approve" />'),
      report: { id: 'UserTask_Approve', message: 'User task has no due date (camunda:dueDate)' }
    },
    {
      name: 'a blank due date',
      moddleElement: model('<bpmn:userTask id="UserTask_Approve" camunda:dueDate=" " />'),
      report: { id: 'UserTask_Approve', message: 'User task has no due date (camunda:dueDate)' }
    },
    {
      name: 'another process being pending does not skip this one',
      config: { pending: ['other-process'] },
      moddleElement: model('<bpmn:userTask id="UserTask_Approve" />'),
      report: { id: 'UserTask_Approve', message: 'User task has no due date (camunda:dueDate)' }
    }
  ]
});
