package id.go.trenggalekkab.aptika.letter;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers one {@link LetterStepDelegate} bean per {@link LetterStep}, under its model name. */
@Configuration(proxyBeanMethods = false)
class LetterConfiguration {

  @Bean
  static BeanFactoryPostProcessor letterStepDelegates() {
    return beanFactory -> {
      BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
      for (LetterStep step : LetterStep.values()) {
        RootBeanDefinition definition = new RootBeanDefinition(LetterStepDelegate.class);
        definition.getConstructorArgumentValues().addIndexedArgumentValue(0, step);
        definition.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        registry.registerBeanDefinition(step.beanName(), definition);
      }
    };
  }
}
