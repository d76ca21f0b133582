package org.rectify.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the history time-to-live of every deployed process and decision definition — every version,
 * not only the latest — at the retention configured in {@link RetentionProperties}. The models
 * carry the defaults; a changed retention applies at the next start to definitions deployed
 * earlier, and to instances already finished: their removal time (the engine's removal-time-based
 * cleanup reads it) is recalculated by a batch. Several nodes may do this at once; the result is
 * the same.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class RecordRetention {

  private static final Logger LOG = LoggerFactory.getLogger(RecordRetention.class);

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final RetentionProperties retention;

  RecordRetention(
      RepositoryService repositoryService,
      HistoryService historyService,
      RetentionProperties retention) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.retention = retention;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onStart() {
    apply(retention);
  }

  /**
   * Brings every definition to the given retention; returns the ids of the process definitions
   * whose time-to-live changed (their finished instances get new removal times).
   */
  public List<String> apply(RetentionProperties target) {
    List<String> changed = new ArrayList<>();
    Set<String> changedKeys = new TreeSet<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      int days = target.daysFor(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        changed.add(definition.getId());
        changedKeys.add(definition.getKey());
      }
    }
    for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().list()) {
      int days = target.daysForDecisions();
      if (!Objects.equals(decision.getHistoryTimeToLive(), days)) {
        repositoryService.updateDecisionDefinitionHistoryTimeToLive(decision.getId(), days);
      }
    }
    if (!changed.isEmpty()) {
      HistoricProcessInstanceQuery finished =
          historyService
              .createHistoricProcessInstanceQuery()
              .processDefinitionKeyIn(changedKeys.toArray(String[]::new))
              .finished();
      if (finished.count() > 0) {
        historyService
            .setRemovalTimeToHistoricProcessInstances()
            .calculatedRemovalTime()
            .byQuery(finished)
            .hierarchical()
            .executeAsync();
      }
      LOG.info(
          "历史保存期限已更新：{} 个流程定义版本（业务记录 {} 天，技术流程 {} 天）",
          changed.size(),
          target.getRecords().toDays(),
          target.getTechnical().toDays());
    }
    return changed;
  }
}
