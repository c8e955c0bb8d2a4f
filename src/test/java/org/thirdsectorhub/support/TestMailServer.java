package org.thirdsectorhub.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One real SMTP server (GreenMail) for the whole test run, on a free port. */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {}

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** The messages sent to this address so far. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address))
                .toList();
    }

    /** Waits for the newest message to the address whose body contains a link with the given path, and returns the link. */
    public static String awaitLink(String address, String pathPrefix, Duration timeout) {
        Pattern link = Pattern.compile("https?://\\S+?" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = messagesTo(address);
            for (int i = messages.size() - 1; i >= 0; i--) {
                Matcher matcher = link.matcher(GreenMailUtil.getBody(messages.get(i)).replace("=\r\n", ""));
                if (matcher.find()) {
                    return matcher.group();
                }
            }
            pause();
        }
        throw new AssertionError("No mail with a " + pathPrefix + " link reached " + address + " within " + timeout);
    }

    public static int countTo(String address) {
        return messagesTo(address).size();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
