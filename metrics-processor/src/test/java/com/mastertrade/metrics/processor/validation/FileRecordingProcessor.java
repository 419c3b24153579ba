package com.mastertrade.metrics.processor.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs a processor and records every file it creates through the {@link Filer}. compile-testing
 * hides the generated files of a failed compilation, and javac runs no further round after a
 * processor's error, so this is how a test sees that a broken schema generated nothing.
 */
final class FileRecordingProcessor implements Processor {
  private final Processor delegate;
  private final List<String> created = new ArrayList<>();

  FileRecordingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** The names given to {@code Filer.create*}, in order: type names, or package and resource. */
  List<String> created() {
    return List.copyOf(created);
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = recording(env.getFiler());
    delegate.init(
        proxy(
            ProcessingEnvironment.class,
            (method, args) ->
                method.getName().equals("getFiler") ? filer : method.invoke(env, args)));
  }

  private Filer recording(Filer filer) {
    return proxy(
        Filer.class,
        (method, args) -> {
          if (method.getName().startsWith("create")) {
            created.add(
                method.getName().equals("createResource") ? args[1] + "/" + args[2] : "" + args[0]);
          }
          return method.invoke(filer, args);
        });
  }

  private interface Call {
    Object invoke(Method method, Object[] args) throws ReflectiveOperationException;
  }

  private static <T> T proxy(Class<T> type, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              try {
                return call.invoke(method, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
