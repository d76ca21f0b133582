package org.rectify.organization;

/**
 * A task meant for a department's head or leader in charge went to the department's group because
 * the directory has nobody in that role. Published (a Spring event) when the task is created, so
 * the office can be told; see {@link DirectoryFallbackPlugin}.
 *
 * @param taskId the task now waiting in the department's group
 * @param department the department's id (= its Camunda group)
 * @param role 负责人 or 分管领导
 * @param note the Chinese sentence also written on the task as a comment
 */
public record DirectoryFallback(String taskId, String department, String role, String note) {}
