package org.coopbrief.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading what a GreenMail server received: by recipient, the attachments, the bodies. */
public final class Mailbox {

    private Mailbox() {}

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages to {@code address}, by subject. */
    public static List<MimeMessage> to(GreenMail mail, String address) throws MessagingException {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(address))) {
                out.add(m);
            }
        }
        out.sort((a, b) -> {
            try {
                return a.getSubject().compareTo(b.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    /** Attachment file name to its bytes, over the messages. */
    public static Map<String, byte[]> attachments(List<MimeMessage> messages) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        for (MimeMessage m : messages) {
            collect(m, out);
        }
        return out;
    }

    private static void collect(Part part, Map<String, byte[]> out) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                collect(multi.getBodyPart(i), out);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                out.put(part.getFileName(), in.readAllBytes());
            }
        }
    }

    /** The body of that type ("text/plain", "text/html"), or null. */
    public static String text(Part part, String type) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                String t = text(multi.getBodyPart(i), type);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        return part.isMimeType(type) && part.getDisposition() == null ? (String) part.getContent() : null;
    }
}
