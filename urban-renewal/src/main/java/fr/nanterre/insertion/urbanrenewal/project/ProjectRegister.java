package fr.nanterre.insertion.urbanrenewal.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.platform.text.SearchKey;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The urban-renewal projects. The Direction de la rénovation urbaine changes them; administrators and viewers
 * read them. A change saved over a version changed meanwhile is refused
 * ({@link org.springframework.dao.OptimisticLockingFailureException}).
 */
@Service
@PreAuthorize("hasRole('" + Roles.URBAN_RENEWAL + "')")
public class ProjectRegister {

    private final Projects projects;
    private final JdbcAggregateTemplate aggregates;

    ProjectRegister(Projects projects, JdbcAggregateTemplate aggregates) {
        this.projects = projects;
        this.aggregates = aggregates;
    }

    /** @throws DuplicateProjectException when a project has this name already */
    @Transactional
    public Project create(ProjectDetails details) {
        Project project = Project.create(details);
        if (projects.existsByName(project.name())) {
            throw new DuplicateProjectException(project.name());
        }
        return projects.save(project);
    }

    /** Changes the project as the user read it. */
    @Transactional
    public Project update(Project read, ProjectDetails details) {
        Project.check(details);
        if (projects.existsByNameAndIdNot(details.name().strip(), read.id())) {
            throw new DuplicateProjectException(details.name());
        }
        read.update(details);
        return projects.save(read);
    }

    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public Optional<Project> find(UUID id) {
        return projects.findById(id);
    }

    /** One page of the projects whose name, QPV or lead contain the text, by name unless the page sorts otherwise. */
    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<Project> find(@Nullable String text, Pageable page) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : Sort.by("name");
        return aggregates.findAll(query(text).with(page).sort(sort), Project.class);
    }

    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return aggregates.count(query(text), Project.class);
    }

    /** Every project the search keeps, by name: a city has a handful of them. */
    @PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<Project> findAll(@Nullable String text) {
        return aggregates.findAll(query(text).sort(Sort.by("name")), Project.class);
    }

    private static Query query(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Query.empty();
        }
        return Query.query(Criteria.where("searchKey").like(SearchKey.containing(text)));
    }
}
