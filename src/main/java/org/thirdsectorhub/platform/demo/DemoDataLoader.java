package org.thirdsectorhub.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.shared.demo.DemoData;

/** Loads every module's demo data once, on the first start, and prints the demo logins at each start. */
@Component
@Order(100)
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoData> dataSets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean commandActive;
    private final String baseUrl;

    DemoDataLoader(List<DemoData> dataSets, JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${hub.command.active:false}") boolean commandActive, @Value("${hub.base-url}") String baseUrl) {
        this.dataSets = dataSets.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.commandActive = commandActive;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (commandActive) {
            return;
        }
        dataSets.forEach(this::loadOnce);
        printLogins();
    }

    private void loadOnce(DemoData data) {
        transaction.executeWithoutResult(status -> {
            int claimed = jdbc.sql("INSERT INTO platform.demo_data_load (name) VALUES (?) ON CONFLICT DO NOTHING")
                    .param(data.name())
                    .update();
            if (claimed == 1) {
                log.info("Loading demo data: {}", data.name());
                data.load();
            }
        });
    }

    private void printLogins() {
        List<DemoData.DemoLogin> logins = dataSets.stream().flatMap(data -> data.logins().stream()).toList();
        if (logins.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("\n\n  Third Sector Hub is running at " + baseUrl
                + "\n\n  Demo logins\n  -----------\n");
        logins.forEach(login -> text.append(String.format("  %-24s %-44s %s%n", login.role(), login.email(), login.password())));
        log.info(text.toString());
    }
}
