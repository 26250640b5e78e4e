package org.coopbrief.analysis;

/**
 * One row of a partner's latest numbers (see {@link AnalysisReport#partnerHeadline(String)}).
 *
 * @param part where the row stands: the headline series' latest full year, its latest partial period, the
 *             other trade series, the other indicators
 */
public record HeadlineRow(Part part, ComparisonRow row) {

    /** The parts in the order they are shown. */
    public enum Part {
        /** The headline trade series in its latest full year: turnover, exports, imports, balance. */
        LATEST_YEAR,
        /** The same series in its latest partial period after that year. */
        LATEST_PARTIAL,
        /** The latest number of every other trade series (other scopes, the reporter's regions and companies). */
        OTHER_TRADE,
        /** The latest number of every other indicator. */
        OTHER
    }
}
