/**
 * A sprint's name beside its board's: without the board's name when the sprint's begins with it (sprints are named
 * "<board> Sprint <n>" by default), so the title reads "WEB Scrum · Sprint 1", not "WEB Scrum WEB Scrum Sprint 1".
 */
export function sprintTitle(boardName: string, sprintName: string): string {
  const prefix = `${boardName} `
  const rest = sprintName.startsWith(prefix) ? sprintName.slice(prefix.length).trim() : ''
  return rest || sprintName
}
