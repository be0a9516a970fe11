// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isSearchPage, readSearch, wantsFocus, writeSearch } from './search-url'

describe('search URL', () => {
  it('round-trips a query with quotes, operators, ampersands and new lines', () => {
    const search = { jql: 'summary ~ "a & b" AND labels in (x=1, \'y\')\nORDER BY key DESC', startAt: 100 }
    const url = `?${writeSearch(search)}`

    expect(readSearch(new URLSearchParams(url))).toEqual(search)
  })

  it('leaves out the first page and the empty query on /search', () => {
    expect(writeSearch({ jql: '', startAt: 0 }).toString()).toBe('')
    expect(writeSearch({ jql: 'project = WEB', startAt: 0 }).toString()).toBe('jql=project+%3D+WEB')
  })

  it("leaves out a filter's own query, so its URL stays short, but keeps an edited one", () => {
    expect(writeSearch({ jql: 'project = WEB', startAt: 50 }, 'project = WEB').toString()).toBe('startAt=50')
    expect(writeSearch({ jql: '', startAt: 0 }, 'project = WEB').toString()).toBe('jql=')
  })

  it("reads a missing query as the page's saved one and an explicit empty one as empty", () => {
    expect(readSearch(new URLSearchParams(''), 'project = WEB')).toEqual({ jql: 'project = WEB', startAt: 0 })
    expect(readSearch(new URLSearchParams('jql='), 'project = WEB')).toEqual({ jql: '', startAt: 0 })
  })

  it('reads a broken or negative startAt as the first page', () => {
    expect(readSearch(new URLSearchParams('startAt=-50')).startAt).toBe(0)
    expect(readSearch(new URLSearchParams('startAt=ten')).startAt).toBe(0)
    expect(readSearch(new URLSearchParams('startAt=2.5')).startAt).toBe(0)
  })

  it('knows which pages have a JQL box and which navigations ask to focus it', () => {
    expect(isSearchPage('/search')).toBe(true)
    expect(isSearchPage('/filters/7')).toBe(true)
    expect(isSearchPage('/filters')).toBe(false)
    expect(isSearchPage('/projects/WEB/issues')).toBe(false)
    expect(wantsFocus({ focusSearch: true })).toBe(true)
    expect(wantsFocus(null)).toBe(false)
  })
})
