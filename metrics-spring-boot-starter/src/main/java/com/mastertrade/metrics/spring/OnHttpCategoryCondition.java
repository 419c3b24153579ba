package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.runtime.GeneratedSchema;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a generated schema has a category extending {@link HttpServerMetrics}: its bean is
 * defined later, by {@link SchemaBeanRegistrar}, so {@code @ConditionalOnBean} cannot see it yet.
 */
final class OnHttpCategoryCondition implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    for (GeneratedSchema<?> schema : GeneratedSchemas.load(context.getClassLoader())) {
      for (GeneratedSchema.Category<?, ?> category : schema.categories()) {
        if (HttpServerMetrics.class.isAssignableFrom(category.type())) {
          return true;
        }
      }
    }
    return false;
  }
}
