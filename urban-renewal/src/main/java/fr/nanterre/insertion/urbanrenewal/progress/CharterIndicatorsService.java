package fr.nanterre.insertion.urbanrenewal.progress;

import java.util.ArrayList;
import java.util.List;

import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterLine;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The yearly charter report of each project ({@link CharterProgress#report}), its total and owner lines. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "', '" + Roles.URBAN_RENEWAL + "')")
class CharterIndicatorsService implements CharterIndicators {

    private final ProjectRegister projects;
    private final CharterProgress progress;

    CharterIndicatorsService(ProjectRegister projects, CharterProgress progress) {
        this.projects = projects;
        this.progress = progress;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CharterLine> progress(int year) {
        List<CharterLine> lines = new ArrayList<>();
        for (Project project : projects.findAll(null)) {
            CharterReport report = progress.report(project.id(), year);
            lines.add(line(project, null, report.total()));
            report.owners().forEach(owner -> lines.add(line(project, owner.label(), owner)));
        }
        return lines;
    }

    private static CharterLine line(Project project, @org.jspecify.annotations.Nullable String owner, CharterReport.Line line) {
        Figures year = line.inYear();
        return new CharterLine(project.id(), project.name(), owner, line.charterTarget(), year.hours(),
                year.nanterreHours(), year.qpvHours(), year.people(), line.sinceStart(), line.status());
    }
}
