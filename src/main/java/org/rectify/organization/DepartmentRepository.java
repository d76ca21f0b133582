package org.rectify.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and updates the {@code org_department} table (Flyway {@code V1__organization.sql}). */
@Repository
class DepartmentRepository {

  private static final String SELECT =
      "select id, name, kind, head_user_id, leader_user_id from org_department ";

  private final JdbcClient jdbc;

  DepartmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Department> findAll() {
    return jdbc.sql(SELECT + "order by sort_order, id").query(Department.class).list();
  }

  Optional<Department> findById(String id) {
    return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Department.class).optional();
  }

  void assignPeople(String id, String headUserId, String leaderUserId, String updatedBy) {
    jdbc.sql(
            "update org_department set head_user_id = :head, leader_user_id = :leader,"
                + " updated_at = current_timestamp, updated_by = :by where id = :id")
        .param("head", headUserId)
        .param("leader", leaderUserId)
        .param("by", updatedBy)
        .param("id", id)
        .update();
  }
}
