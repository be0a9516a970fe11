import { describe, expect, it } from 'vitest'
import { sprintTitle } from './sprint-title'

describe("a scrum board's title", () => {
  it("names the board once: the sprint's default name loses the board's", () => {
    expect(sprintTitle('WEB Scrum', 'WEB Scrum Sprint 1')).toBe('Sprint 1')
  })

  it('keeps a sprint name of its own whole', () => {
    expect(sprintTitle('WEB Scrum', 'Checkout hardening')).toBe('Checkout hardening')
    expect(sprintTitle('WEB', 'WEBSITE polish')).toBe('WEBSITE polish')
  })

  it("keeps a sprint named just as its board", () => {
    expect(sprintTitle('WEB Scrum', 'WEB Scrum')).toBe('WEB Scrum')
  })
})
