package org.rectify.platform;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.springframework.stereotype.Component;

/**
 * The Java types the engine may build when it reads an object variable back (Spin/Jackson for JSON
 * values). Camunda 7 leaves this check off: a variable stored with {@code type: Object} and an
 * {@code objectTypeName} of any class on the classpath was instantiated when read deserialized —
 * the REST API's default, history and reports too — and a JDBC {@code DataSource} so built ran SQL
 * on the server. On with this list, every other type is refused before Jackson sees it.
 *
 * <p>Rectify's own code stores no object variables (structured values are Spin JSON, which builds
 * no Java types); the only ones the engine writes for it are the single results of the DMN
 * decisions ({@code routing}, {@code exitDecision}: a map of strings, numbers and booleans). The
 * list is exactly what those need; a type is added here only with the code that stores it.
 * Variables of type Object sent from outside are refused before anything is stored ({@link
 * ExpressionGuardFilter}).
 */
@Component
class VariableTypeAllowList extends AbstractProcessEnginePlugin
    implements DeserializationTypeValidator {

  static final Set<String> ALLOWED =
      Set.of(
          // decision results (singleResult): a map of output name to value
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.Map",
          // the values a DMN output or a JSON map holds
          "java.lang.Object",
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Double",
          "java.lang.Float");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDeserializationTypeValidationEnabled(true);
    configuration.setDeserializationTypeValidator(this);
  }

  @Override
  public boolean validate(String className) {
    return className != null && ALLOWED.contains(className);
  }
}
