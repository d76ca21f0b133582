package org.rectify.platform;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Finds variables of type {@code Object} (or with serialization details) in a request to the
 * engine's REST API, wherever the request carries variables: a task's completion or form, a single
 * variable, modifications, message and signal payloads, start instructions. Such a variable names a
 * Java class the engine would build when it is read back; no Rectify form or API declares one, so
 * it is refused before anything is stored. Binary variable uploads ({@code
 * …/variables/{name}/data}) are refused for the same reason: they can carry a serialized object,
 * and no form uploads one.
 */
final class ObjectVariableCheck {

  static final String REFUSAL = "流程变量只能是文本、数字、日期或是/否等简单值，不接受 Java 对象（Object）或序列化数据；请求已拒绝，未保存任何内容";

  private static final Pattern VARIABLE_UPLOAD = Pattern.compile(".*/variables/[^/]+/data/?$");

  private ObjectVariableCheck() {}

  /** A multipart upload of one variable's value (a file, bytes or a serialized object). */
  static boolean isVariableUpload(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        && VARIABLE_UPLOAD.matcher(request.getRequestURI()).matches();
  }

  /**
   * Whether any object in the JSON tree is a variable value of type Object or names a Java type.
   */
  static boolean carriesObjectVariable(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isObject() && isObjectValue(node)) {
      return true;
    }
    for (JsonNode child : node) {
      if (carriesObjectVariable(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isObjectValue(JsonNode node) {
    JsonNode type = node.get("type");
    boolean objectType =
        type != null
            && type.isTextual()
            && "object".equalsIgnoreCase(type.textValue().trim())
            && (node.has("value") || node.has("valueInfo"));
    JsonNode info = node.get("valueInfo");
    boolean namesJavaType =
        info != null
            && info.isObject()
            && (info.has("objectTypeName") || info.has("serializationDataFormat"));
    return objectType || namesJavaType;
  }
}
