package org.coopbrief.delivery;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What the database-only context of {@code history} adds to show each run's delivery: the outbox, read. */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration(DataSourceTransactionManagerAutoConfiguration.class)
@Import({Outbox.class, DeliveryStatus.class})
public class DeliveryStatusConfiguration {}
