package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters about a project, before it is checked.
 *
 * @param qpvs               the priority neighbourhood(s) it renews, as users name them
 * @param charterRatePercent the share of the hours of work reserved to residents in insertion, as users type it
 *                           (5 for 5 %); its operations inherit it
 */
public record ProjectDetails(String name, String qpvs, LocalDate startDate, @Nullable LocalDate endDate,
                             @Nullable String projectLead, BigDecimal charterRatePercent) {
}
