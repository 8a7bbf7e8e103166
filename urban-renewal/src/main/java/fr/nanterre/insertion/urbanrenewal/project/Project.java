package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An urban-renewal project (PRUS Université, PRUS Petit Nanterre): the QPV it renews, its dates, its lead, and
 * the charter rate its operations inherit (5 % by default; the City may set up to 10 %).
 */
@Table(schema = "urban_renewal", name = "project")
public class Project {

    private final @Id UUID id;
    private String name;
    private String qpvs;
    private LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable String projectLead;
    private BigDecimal charterRatePercent;
    /** Name, QPV and lead, as they are searched: see {@link SearchKey}. */
    private String searchKey;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    Project(UUID id, String name, String qpvs, LocalDate startDate, @Nullable LocalDate endDate,
            @Nullable String projectLead, BigDecimal charterRatePercent, String searchKey, @Nullable Long version) {
        this.id = id;
        this.name = name;
        this.qpvs = qpvs;
        this.startDate = startDate;
        this.endDate = endDate;
        this.projectLead = projectLead;
        this.charterRatePercent = charterRatePercent;
        this.searchKey = searchKey;
        this.version = version;
    }

    static Project create(ProjectDetails details) {
        check(details);
        Project project = new Project(UUID.randomUUID(), "", "", details.startDate(), null, null,
                details.charterRatePercent(), "", null);
        project.update(details);
        return project;
    }

    /** @throws IllegalArgumentException when a field breaks its rule; the project is then unchanged */
    void update(ProjectDetails details) {
        check(details);
        this.name = details.name().strip();
        this.qpvs = details.qpvs() == null ? "" : details.qpvs().strip();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.projectLead = details.projectLead() == null || details.projectLead().isBlank() ? null
                : details.projectLead().strip();
        this.charterRatePercent = details.charterRatePercent();
        this.searchKey = SearchKey.of(name + " " + qpvs + " " + (projectLead == null ? "" : projectLead));
    }

    static void check(ProjectDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new IllegalArgumentException("A project has a name");
        }
        if (details.startDate() == null) {
            throw new IllegalArgumentException("A project has a start date");
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new IllegalArgumentException("A project ends after it starts");
        }
        if (!CharterRate.isRate(details.charterRatePercent())) {
            throw new IllegalArgumentException("The charter rate is above 0 and at most 100 %");
        }
    }

    public ProjectDetails details() {
        return new ProjectDetails(name, qpvs, startDate, endDate, projectLead, charterRatePercent);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String qpvs() {
        return qpvs;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate endDate() {
        return endDate;
    }

    public @Nullable String projectLead() {
        return projectLead;
    }

    public BigDecimal charterRatePercent() {
        return charterRatePercent;
    }

    public @Nullable Long version() {
        return version;
    }
}
