package org.coopbrief.delivery;

import java.util.List;

import org.coopbrief.localisation.Language;

/**
 * One message of a delivery: to whom, in which language, which part of how many, and its files
 * (paths relative to the run folder).
 */
record PlannedMessage(String recipient, String address, Language language, int part, int parts, List<String> files) {

    PlannedMessage {
        files = List.copyOf(files);
    }
}
