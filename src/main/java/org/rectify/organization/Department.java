package org.rectify.organization;

/**
 * A department of the bureau as kept in the organisation directory: its Camunda group id, Chinese
 * name, and the people who answer for it (head = 科室负责人, leader = 分管局领导, 一岗双责). Head and leader may
 * be unset on a fresh production installation until the administrator assigns them.
 */
public record Department(
    String id, String name, String kind, String headUserId, String leaderUserId) {}
