import { describe, expect, it } from 'vitest'
import { issueSummary } from '../test-utils'
import { releaseNotes } from './release-notes'

describe('release notes', () => {
  it('groups the issues by type in the project’s order, as Jira writes them', () => {
    const issues = [
      issueSummary('WEB-3', 'Done', '2026-01-01T00:00:00Z', { type: 'Task', summary: 'Tidy the build' }),
      issueSummary('WEB-1', 'Done', '2026-01-01T00:00:00Z', { type: 'Bug', summary: 'Crash on save' }),
      issueSummary('WEB-2', 'Done', '2026-01-01T00:00:00Z', { type: 'Story', summary: 'Upload files' }),
      issueSummary('WEB-4', 'Done', '2026-01-01T00:00:00Z', { type: 'Bug', summary: 'Slow search' }),
    ]

    expect(releaseNotes('Web app', '2.1', issues, ['Story', 'Task', 'Bug'])).toBe(
      '# Release notes - Web app - Version 2.1\n\n' +
        '## Story\n\n- [WEB-2] Upload files\n\n' +
        '## Task\n\n- [WEB-3] Tidy the build\n\n' +
        '## Bug\n\n- [WEB-1] Crash on save\n- [WEB-4] Slow search\n',
    )
  })

  it('keeps summaries literal: Markdown marks in them are escaped', () => {
    const issues = [issueSummary('WEB-1', 'Done', '2026-01-01T00:00:00Z', { summary: 'Fix *bold* [link] in `code`' })]
    expect(releaseNotes('Web', '1.0', issues, [])).toContain('- [WEB-1] Fix \\*bold\\* \\[link\\] in \\`code\\`')
  })

  it('says when the version has no issues', () => {
    expect(releaseNotes('Web', '1.0', [], [])).toBe('# Release notes - Web - Version 1.0\n\nNo issues in this version.\n')
  })
})
