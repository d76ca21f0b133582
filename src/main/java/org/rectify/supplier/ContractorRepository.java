package org.rectify.supplier;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Contractors by credit code (Flyway {@code V30__supplier.sql}). */
@Repository
public class ContractorRepository {

  private static final String SELECT =
      "select id, name, credit_code, forged_registration from supplier_contractor ";

  private final JdbcClient jdbc;

  ContractorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Contractor> findByCreditCode(String creditCode) {
    return jdbc.sql(SELECT + "where credit_code = :code")
        .param("code", creditCode)
        .query(Contractor.class)
        .optional();
  }

  public Optional<Contractor> findById(long id) {
    return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Contractor.class).optional();
  }

  /** The contractor with this credit code, registered under the given name when it is new. */
  public Contractor findOrRegister(String name, String creditCode) {
    return findByCreditCode(creditCode)
        .orElseGet(
            () -> {
              KeyHolder keys = new GeneratedKeyHolder();
              jdbc.sql("insert into supplier_contractor (name, credit_code) values (:name, :code)")
                  .param("name", name)
                  .param("code", creditCode)
                  .update(keys, "id");
              return new Contractor(keys.getKey().longValue(), name, creditCode, false);
            });
  }

  /** Records that the contractor's business registration data was found forged (rule B1). */
  public void markForgedRegistration(long id) {
    jdbc.sql("update supplier_contractor set forged_registration = true where id = :id")
        .param("id", id)
        .update();
  }
}
