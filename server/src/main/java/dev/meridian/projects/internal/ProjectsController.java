package dev.meridian.projects.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.projects.Member;
import dev.meridian.projects.NewProject;
import dev.meridian.projects.ProjectUpdate;
import dev.meridian.projects.ProjectView;
import dev.meridian.projects.Projects;
import dev.meridian.projects.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectsController {

    private final Projects projects;

    ProjectsController(Projects projects) {
        this.projects = projects;
    }

    @PostMapping
    ResponseEntity<ProjectView> create(@Valid @RequestBody NewProject project, CurrentUser user) {
        var created = projects.create(project, user);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.key())).body(created);
    }

    @GetMapping
    List<ProjectView> list(CurrentUser user) {
        return projects.list(user);
    }

    @GetMapping("/{key}")
    ProjectView get(@PathVariable String key, CurrentUser user) {
        return projects.get(key, user);
    }

    @PatchMapping("/{key}")
    ProjectView update(@PathVariable String key, @Valid @RequestBody ProjectUpdate update, CurrentUser user) {
        return projects.update(key, update, user);
    }

    @GetMapping("/{key}/members")
    List<Member> members(@PathVariable String key, CurrentUser user) {
        return projects.members(key, user);
    }

    @PutMapping("/{key}/members/{email}")
    Member setMember(@PathVariable String key, @PathVariable String email, @Valid @RequestBody RoleRequest request,
            CurrentUser user) {
        return projects.setMember(key, email, request.role(), user);
    }

    @DeleteMapping("/{key}/members/{email}")
    ResponseEntity<Void> removeMember(@PathVariable String key, @PathVariable String email, CurrentUser user) {
        projects.removeMember(key, email, user);
        return ResponseEntity.noContent().build();
    }

    record RoleRequest(@NotNull Role role) {
    }
}
