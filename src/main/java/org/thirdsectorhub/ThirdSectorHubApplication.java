package org.thirdsectorhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Third Sector Hub: the partnership's register, engagement portal, commissioning and performance hub. */
@SpringBootApplication
@EnableScheduling
public class ThirdSectorHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThirdSectorHubApplication.class, args);
    }
}
