package org.rectify.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link PlainText} to every string of every JSON request body of Rectify's API (records,
 * lists and maps followed down), so no endpoint can forget it: a refusal is a 400 naming each
 * offending field.
 */
@ControllerAdvice
class PlainTextBodyAdvice extends RequestBodyAdviceAdapter {

  private static final int MAX_DEPTH = 8;

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage inputMessage,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    List<String> problems = new ArrayList<>();
    inspect(body, "", problems, 0);
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("输入内容不能包含 HTML 标记、脚本或表达式，未保存", problems.toArray(String[]::new));
    }
    return body;
  }

  private static void inspect(Object value, String path, List<String> problems, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof CharSequence text) {
      PlainText.problemOf(text.toString())
          .ifPresent(problem -> problems.add(field(path) + "：" + problem));
    } else if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        inspect(item, path + "[" + index++ + "]", problems, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, item) -> {
            inspect(key, path, problems, depth + 1);
            inspect(item, join(path, String.valueOf(key)), problems, depth + 1);
          });
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        inspect(read(component, value), join(path, component.getName()), problems, depth + 1);
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String field(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
