/**
 * Projects and their configuration: members and roles, the workflow (statuses, transitions), issue types,
 * priorities, resolutions, components and versions. Also decides who may see or change a project.
 * API: {@link dev.meridian.projects.Projects} (projects and members), {@link dev.meridian.projects.ProjectSchemes}
 * (their configuration), {@link dev.meridian.projects.Versions} (their versions), {@link dev.meridian.projects.ProjectAccess},
 * {@link dev.meridian.projects.ProjectScheme}.
 * Events, within the changing transaction:
 * {@link dev.meridian.projects.StatusAdded}, {@link dev.meridian.projects.StatusRetired}.
 */
package dev.meridian.projects;
