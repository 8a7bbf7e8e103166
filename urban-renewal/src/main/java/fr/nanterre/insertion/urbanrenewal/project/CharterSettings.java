package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The charter's default rates ({@code insertion.urban-renewal.*}): a new project's rate (5 % of the hours of
 * works), and the rate of local management operations (GUP: 10 %), which does not follow the project's.
 */
@ConfigurationProperties("insertion.urban-renewal")
public record CharterSettings(@DefaultValue("5") BigDecimal defaultRatePercent,
                              @DefaultValue("10") BigDecimal localManagementRatePercent) {

    public CharterSettings {
        if (!CharterRate.isRate(defaultRatePercent) || !CharterRate.isRate(localManagementRatePercent)) {
            throw new IllegalArgumentException("insertion.urban-renewal rates are above 0 and at most 100");
        }
    }

    /** The rate a category sets whatever the project's; null when it follows the project's. */
    public @Nullable BigDecimal categoryRate(OperationCategory category) {
        return category == OperationCategory.LOCAL_MANAGEMENT ? localManagementRatePercent : null;
    }
}
