import type { Location } from 'react-router'
import { describe, expect, it } from 'vitest'
import { keepsPage } from './page-location'

const board: Location = { pathname: '/projects/WEB/board', search: '', hash: '', state: null, key: 'k1' }

describe('keepsPage', () => {
  it('keeps the board as drawn when an issue panel opens over it and when it closes', () => {
    // Opening: the page is the panel's background, a copy of the board's location from the history state.
    expect(keepsPage({ location: board, underPanel: false }, { location: { ...board }, underPanel: true })).toBe(true)
    // Closing: the board's URL again, as a new history entry.
    expect(keepsPage({ location: board, underPanel: true }, { location: { ...board, key: 'k3' }, underPanel: false })).toBe(true)
    // j/k inside the panel: the background stays.
    expect(keepsPage({ location: board, underPanel: true }, { location: board, underPanel: true })).toBe(true)
  })

  it('draws the page again when its own location changes', () => {
    const page = { location: board, underPanel: false }
    expect(keepsPage(page, { location: { ...board, pathname: '/projects/WEB/issues' }, underPanel: false })).toBe(false)
    expect(keepsPage(page, { location: { ...board, search: '?create=issue' }, underPanel: false })).toBe(false)
    expect(keepsPage(page, { location: { ...board, state: { focusSearch: true } }, underPanel: false })).toBe(false)
    // A new visit to the same URL (the search page refocuses its box on one).
    expect(keepsPage(page, { location: { ...board, key: 'k2' }, underPanel: false })).toBe(false)
    // A panel opened over another page than the one shown.
    expect(keepsPage(page, { location: { ...board, pathname: '/search' }, underPanel: true })).toBe(false)
  })
})
