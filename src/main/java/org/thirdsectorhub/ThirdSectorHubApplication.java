package org.thirdsectorhub;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Third Sector Hub: the partnership's register, engagement portal, commissioning and performance hub. */
@SpringBootApplication
@EnableScheduling
public class ThirdSectorHubApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ThirdSectorHubApplication.class);
        if (isCommand(args)) {
            // A command prints its answer on standard output, so the server, banner and logs stay quiet.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
            application.setDefaultProperties(Map.of(
                    "hub.command.active", "true",
                    "logging.threshold.console", "ERROR",
                    "spring.main.log-startup-info", "false"));
        }
        application.run(args);
    }

    private static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }
}
