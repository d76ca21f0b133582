package org.rectify.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rectify.measure.MeasureStatus;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.RecordAccess;
import org.rectify.platform.ApiException;
import org.rectify.spotcheck.SpotCheckReaders;
import org.springframework.stereotype.Component;

/**
 * Turns the ledgers' query parameters into validated filters and sort orders; shared by the JSON
 * ledgers and their Excel exports so both always show the same rows.
 */
@Component
class LedgerQueries {

  private static final Set<String> COLOURS = Set.of("GREEN", "YELLOW", "RED");
  private static final Set<String> CLASSES = Set.of("COMPLETED", "IN_PROGRESS", "LONG_TERM");

  private static final Map<String, Comparator<MeasureLedger.Row>> MEASURE_SORTS =
      new LinkedHashMap<>();
  private static final Map<String, Comparator<ContractLedger.Row>> CONTRACT_SORTS =
      new LinkedHashMap<>();
  private static final Map<String, Comparator<SpotCheckLedger.Row>> CHECK_SORTS =
      new LinkedHashMap<>();

  static {
    MEASURE_SORTS.put("code", Comparator.comparing(MeasureLedger.Row::code));
    MEASURE_SORTS.put("dueDate", Comparator.comparing(MeasureLedger.Row::dueDate));
    MEASURE_SORTS.put("department", Comparator.comparing(MeasureLedger.Row::department));
    MEASURE_SORTS.put("status", Comparator.comparing(MeasureLedger.Row::status));
    MEASURE_SORTS.put("phase", Comparator.comparingInt(MeasureLedger.Row::phase));
    MEASURE_SORTS.put(
        "colour",
        Comparator.comparingInt(r -> List.of("RED", "YELLOW", "GREEN").indexOf(r.colour())));
    CONTRACT_SORTS.put("number", Comparator.comparing(ContractLedger.Row::number));
    CONTRACT_SORTS.put("endsOn", Comparator.comparing(ContractLedger.Row::endsOn));
    CONTRACT_SORTS.put("amount", Comparator.comparing(ContractLedger.Row::amount));
    CONTRACT_SORTS.put("department", Comparator.comparing(ContractLedger.Row::department));
    CHECK_SORTS.put("number", Comparator.comparing(SpotCheckLedger.Row::number));
    CHECK_SORTS.put(
        "visitedOn",
        Comparator.comparing(
            SpotCheckLedger.Row::visitedOn, Comparator.nullsLast(Comparator.naturalOrder())));
    CHECK_SORTS.put("findings", Comparator.comparingInt(SpotCheckLedger.Row::findings));
  }

  private final MeasureLedger measures;
  private final ContractLedger contracts;
  private final SpotCheckLedger checks;
  private final OrganizationDirectory organization;
  private final SpotCheckReaders spotCheckReaders;
  private final RecordAccess records;

  LedgerQueries(
      MeasureLedger measures,
      ContractLedger contracts,
      SpotCheckLedger checks,
      OrganizationDirectory organization,
      SpotCheckReaders spotCheckReaders,
      RecordAccess records) {
    this.records = records;
    this.measures = measures;
    this.contracts = contracts;
    this.checks = checks;
    this.organization = organization;
    this.spotCheckReaders = spotCheckReaders;
  }

  List<MeasureLedger.Row> measures(Map<String, String> query) {
    LedgerParameters p =
        new LedgerParameters(
            query,
            Set.of(
                "planId",
                "aspect",
                "problem",
                "department",
                "phase",
                "status",
                "statusClass",
                "colour",
                "overdue",
                "dueFrom",
                "dueTo",
                "q",
                "sort",
                "order"));
    Predicate<MeasureLedger.Row> filter = r -> true;
    filter = and(filter, p.integer("planId", 1, Integer.MAX_VALUE), (r, v) -> r.planId() == v);
    filter = and(filter, p.integer("aspect", 1, 99), (r, v) -> r.aspectNo() == v);
    filter = and(filter, p.integer("problem", 1, 999), (r, v) -> r.problemNo() == v);
    filter =
        and(
            filter,
            department(p),
            (r, v) ->
                r.department().equals(v)
                    || (r.coDepartments() != null
                        && Arrays.asList(r.coDepartments().split(",")).contains(v)));
    filter = and(filter, p.integer("phase", 1, 3), (r, v) -> r.phase() == v);
    filter =
        and(
            filter,
            p.oneOf("status", names(MeasureStatus.values())),
            (r, v) -> r.status().equals(v));
    filter =
        and(
            filter,
            p.oneOf("statusClass", CLASSES),
            (r, v) -> StatusColours.classOf(r.status()).name().equals(v));
    filter = and(filter, p.oneOf("colour", COLOURS), (r, v) -> r.colour().equals(v));
    filter = and(filter, p.bool("overdue"), (r, v) -> r.overdue() == v);
    filter = and(filter, p.date("dueFrom"), (r, v) -> !r.dueDate().isBefore(v));
    filter = and(filter, p.date("dueTo"), (r, v) -> !r.dueDate().isAfter(v));
    filter =
        and(
            filter,
            p.text("q"),
            (r, v) ->
                r.title().contains(v) || r.code().equalsIgnoreCase(v) || r.problem().contains(v));
    return measures.rows(filter, sort(p, MEASURE_SORTS, "code"));
  }

  List<ContractLedger.Row> contracts(Map<String, String> query) {
    LedgerParameters p =
        new LedgerParameters(
            query,
            Set.of(
                "department",
                "status",
                "category",
                "blacklisted",
                "expiringWithinDays",
                "colour",
                "q",
                "sort",
                "order"));
    // a department reads its own contracts, the contract readers of the access matrix all of them
    Predicate<String> readable = records.departments(AccessMatrix.CONTRACT_READERS);
    Predicate<ContractLedger.Row> filter = r -> readable.test(r.department());
    filter = and(filter, department(p), (r, v) -> r.department().equals(v));
    filter =
        and(
            filter,
            p.oneOf("status", Set.of("ACTIVE", "EXITED", "RETENDERED", "TEMPORARY_SERVICE")),
            (r, v) -> r.status().equals(v));
    filter = and(filter, p.text("category"), (r, v) -> r.category().equals(v));
    filter = and(filter, p.bool("blacklisted"), (r, v) -> r.blacklisted() == v);
    filter =
        and(
            filter,
            p.integer("expiringWithinDays", 0, 3650),
            (r, v) -> r.daysToExpiry() >= 0 && r.daysToExpiry() <= v);
    filter = and(filter, p.oneOf("colour", COLOURS), (r, v) -> r.colour().equals(v));
    filter =
        and(
            filter,
            p.text("q"),
            (r, v) ->
                r.title().contains(v) || r.number().contains(v) || r.contractor().contains(v));
    return contracts.rows(filter, sort(p, CONTRACT_SORTS, "number"));
  }

  /**
   * The spot-check ledger holds the covert plans' dates: only {@link SpotCheckReaders} may open it,
   * each leader seeing the checks that concern his departments.
   */
  List<SpotCheckLedger.Row> spotChecks(Map<String, String> query) {
    Predicate<String> readable = spotCheckReaders.listFilter("暗访台账");
    LedgerParameters p =
        new LedgerParameters(
            query, Set.of("status", "type", "visitedFrom", "visitedTo", "sort", "order"));
    Predicate<SpotCheckLedger.Row> filter = r -> readable.test(r.number());
    filter =
        and(
            filter,
            p.oneOf(
                "status",
                Set.of(
                    "PLANNING",
                    "PLANNED",
                    "VISITED",
                    "NO_FINDINGS",
                    "DISMISSED",
                    "TALK",
                    "BUNDLED",
                    "NOTIFIED",
                    "RECTIFIED")),
            (r, v) -> r.status().equals(v));
    filter =
        and(
            filter,
            p.oneOf("type", Set.of("WORK_DISCIPLINE", "VEHICLES")),
            (r, v) -> r.type().equals(v));
    LocalDate from = p.date("visitedFrom");
    LocalDate to = p.date("visitedTo");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("查询参数无效", "visitedTo：不能早于 visitedFrom");
    }
    filter = and(filter, from, (r, v) -> r.visitedOn() != null && !r.visitedOn().isBefore(v));
    filter = and(filter, to, (r, v) -> r.visitedOn() != null && !r.visitedOn().isAfter(v));
    return checks.rows(filter, sort(p, CHECK_SORTS, "number"));
  }

  private String department(LedgerParameters p) {
    String department = p.text("department");
    if (department != null && !organization.isDepartment(department)) {
      throw ApiException.badRequest("查询参数无效", "department：未知部门“" + department + "”");
    }
    return department;
  }

  private static <R> Comparator<R> sort(
      LedgerParameters p, Map<String, Comparator<R>> sorts, String fallback) {
    String key = p.oneOf("sort", new TreeSet<>(sorts.keySet()));
    Comparator<R> order = sorts.get(key == null ? fallback : key);
    if (key != null) {
      order = order.thenComparing(sorts.get(fallback));
    }
    return p.descending() ? order.reversed() : order;
  }

  private static <R, V> Predicate<R> and(
      Predicate<R> filter, V value, java.util.function.BiPredicate<R, V> test) {
    return value == null ? filter : filter.and(r -> test.test(r, value));
  }

  private static Set<String> names(Enum<?>[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Enum::name).map(Function.identity()).toList());
  }
}
