package org.rectify.platform;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production installation ({@code rectify.security.production=true}, set by the
 * {@code postgres} profile) whose administrator password is missing, a demo one or fails the
 * password policy. Runs before any bean is created, so the engine never writes a weak administrator
 * into the database (it would keep it: the configured password is only used when the user is
 * created).
 */
@Component
class ProductionSafetyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  static final Set<String> WEAK_PASSWORDS =
      Set.of("admin", "demo", "password", "camunda", "123456", "12345678", "rectify");
  static final int MIN_LENGTH = 10;

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!environment.getProperty("rectify.security.production", Boolean.class, false)) {
      return;
    }
    if (environment.getProperty("rectify.demo.enabled", Boolean.class, false)) {
      throw new IllegalStateException("生产环境不得加载演示数据：请设置 rectify.demo.enabled=false");
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()) {
      throw new IllegalStateException(
          "生产环境必须设置管理员密码：请设置环境变量 RECTIFY_ADMIN_PASSWORD（camunda.bpm.admin-user.password）");
    }
    if (WEAK_PASSWORDS.contains(password.toLowerCase()) || password.length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "生产环境拒绝使用演示或弱管理员密码：RECTIFY_ADMIN_PASSWORD 至少 "
              + MIN_LENGTH
              + " 个字符，且不得为 admin、demo 等常见密码");
    }
    String adminId = environment.getProperty("camunda.bpm.admin-user.id", "admin");
    if (!meetsPasswordPolicy(password, adminId)) {
      throw new IllegalStateException(
          "生产环境的管理员密码不符合密码规则：RECTIFY_ADMIN_PASSWORD 须同时包含大写字母、小写字母、数字和特殊字符，"
              + "且不得包含用户名 "
              + adminId);
    }
  }

  /**
   * Camunda's built-in password policy, on under {@code postgres}: checked here too, so that a weak
   * administrator password stops the start with this message instead of the engine's.
   */
  static boolean meetsPasswordPolicy(String password, String userId) {
    return password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isDigit)
        && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))
        && !password.toLowerCase().contains(userId.toLowerCase());
  }
}
