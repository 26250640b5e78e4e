package org.coopbrief.delivery;

import java.util.List;

import org.coopbrief.localisation.Language;
import org.coopbrief.run.DataFacts;
import org.coopbrief.run.DeliveryMode;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.DeliverySettings;
import org.springframework.stereotype.Component;

/**
 * What a run's delivery needs, checked when the run is triggered, before any report is written:
 * every partner a recipient asks for is known to the input, every recipient's language is among the
 * run's languages (its briefings are written in them), and, to send, the SMTP server is reachable.
 * A failure names the setting (exit 2). The addresses were checked with the settings.
 */
@Component
public class DeliveryCheck {

    private final Deliveries deliveries;

    DeliveryCheck(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    public void check(RunParameters run, DataFacts facts, DeliveryMode mode) {
        DeliverySettings settings = deliveries.settings();
        if (!settings.enabled() || mode == DeliveryMode.OFF) {
            return;
        }
        List<Language> languages = run.languages();
        settings.recipients().forEach((name, r) -> {
            String key = DeliverySettings.KEY + ".recipients." + name;
            for (String code : r.partners()) {
                if (!code.equalsIgnoreCase(DeliverySettings.Recipient.ALL) && !facts.knows(code)) {
                    throw new IllegalArgumentException(key + ".partners: unknown partner code '" + code
                            + "' (not in the input's entities.csv); nothing was started");
                }
            }
            if ((r.overall() || !r.partners().isEmpty()) && !languages.contains(r.lang())) {
                throw new IllegalArgumentException(key + ".language: " + r.language()
                        + ", but this run writes its briefings in "
                        + String.join(
                                ",", languages.stream().map(Language::code).toList())
                        + " (add it to --lang, or run with --deliver=off); nothing was started");
            }
        });
        if (mode == DeliveryMode.SEND) {
            deliveries.checkServer();
        }
    }
}
