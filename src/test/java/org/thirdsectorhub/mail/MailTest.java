package org.thirdsectorhub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestMailServer;

@HubIntegrationTest
class MailTest {

    @Autowired
    Mailer mailer;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aQueuedMailIsSentOverSmtpAndMarkedSent() throws Exception {
        String to = "recipient-" + UUID.randomUUID() + "@example.org";
        UUID id = transaction.execute(status -> mailer.send(new OutgoingMail(to, "Consultation opens", "Have your say.")));
        awaitStatus(id, "SENT");
        var received = TestMailServer.messagesTo(to);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Consultation opens");
        assertThat(GreenMailUtil.getBody(received.get(0))).contains("Have your say.");
        assertThat(outbox.find(id).orElseThrow().sentAt()).isNotNull();
    }

    @Test
    void aMailFromARolledBackChangeIsNeverSent() throws Exception {
        String to = "rolled-back-" + UUID.randomUUID() + "@example.org";
        transaction.executeWithoutResult(status -> {
            mailer.send(new OutgoingMail(to, "Never", "Never"));
            status.setRollbackOnly();
        });
        Thread.sleep(600);
        assertThat(TestMailServer.countTo(to)).isZero();
        assertThat(outbox.latest(to, 10)).isEmpty();
    }

    private void awaitStatus(UUID id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (outbox.find(id).map(message -> message.status().equals(status)).orElse(false)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("mail " + id + " did not reach " + status);
    }
}
