package org.thirdsectorhub.platform.cli;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.thirdsectorhub.platform.launcher.FastRestart;

/**
 * In a hub the jar's launcher started, watches for the launcher's end from the very start (see
 * {@link FastRestart#watchLauncher}). Registered in META-INF/spring.factories, to run before the context exists.
 */
public class LauncherWatch implements ApplicationListener<ApplicationStartingEvent> {

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        FastRestart.watchLauncher();
    }
}
