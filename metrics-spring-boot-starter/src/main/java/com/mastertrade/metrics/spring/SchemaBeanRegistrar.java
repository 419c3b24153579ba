package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.runtime.GeneratedSchema;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Defines, for every generated schema, a bean of its recorders ({@code Prometheus<Schema>},
 * registered on the application's {@link PrometheusRegistry}, the one the actuator serves) and a
 * bean of each category interface. Where the application defines the recorders or a category
 * bean itself, its own is kept.
 */
final class SchemaBeanRegistrar implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware {
  private ClassLoader classLoader = SchemaBeanRegistrar.class.getClassLoader();

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (!(registry instanceof ListableBeanFactory beans)) {
      return;
    }
    for (GeneratedSchema<?> schema : GeneratedSchemas.load(classLoader)) {
      define(registry, beans, schema);
    }
  }

  private static <R> void define(
      BeanDefinitionRegistry registry, ListableBeanFactory beans, GeneratedSchema<R> schema) {
    Class<R> recordersType = schema.recordersType();
    if (!defined(beans, recordersType)) {
      registry.registerBeanDefinition(
          recordersType.getName(),
          definition(
              recordersType, () -> schema.register(beans.getBean(PrometheusRegistry.class))));
    }
    for (GeneratedSchema.Category<R, ?> category : schema.categories()) {
      if (!defined(beans, category.type())) {
        defineCategory(registry, beans, recordersType, category);
      }
    }
  }

  /** Whether the application defines a bean of {@code type} itself. */
  private static boolean defined(ListableBeanFactory beans, Class<?> type) {
    return beans.getBeanNamesForType(type, true, false).length > 0;
  }

  /** The category's recorders from the schema's recorders bean, the starter's or the application's. */
  private static <R, C> void defineCategory(
      BeanDefinitionRegistry registry,
      ListableBeanFactory beans,
      Class<R> recordersType,
      GeneratedSchema.Category<R, C> category) {
    registry.registerBeanDefinition(
        category.type().getName(),
        definition(
            category.type(), () -> category.recorders().apply(beans.getBean(recordersType))));
  }

  private static <T> RootBeanDefinition definition(Class<T> type, Supplier<T> supplier) {
    RootBeanDefinition definition = new RootBeanDefinition(type, supplier);
    definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
    return definition;
  }
}
