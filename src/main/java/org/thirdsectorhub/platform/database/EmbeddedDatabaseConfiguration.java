package org.thirdsectorhub.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts PostgreSQL inside the hub unless spring.datasource.url names an external server. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${hub.data-dir}") String dataDir,
            @Value("${hub.database.delete-on-close:false}") boolean deleteOnClose)
            throws IOException {
        Path directory = Path.of(dataDir);
        Optional<EmbeddedDatabase> started = EarlyStart.take(directory);
        return started.isPresent() ? started.get() : EmbeddedDatabase.start(directory, deleteOnClose);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("hub-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
