// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { latestError } from './use-settings'

describe('latestError', () => {
  it('is the last change’s failure: an older failure does not hide that the latest one went through, or why it did not', () => {
    const refusedAdd = { error: new Error('no such user'), submittedAt: 1 }
    const acceptedRemove = { error: null, submittedAt: 2 }
    const refusedRemove = { error: new Error('the last admin stays'), submittedAt: 3 }

    expect(latestError(refusedAdd, acceptedRemove)).toBeNull()
    expect(latestError(refusedAdd, refusedRemove)?.message).toBe('the last admin stays')
    expect(latestError({ error: null, submittedAt: 0 }, { error: null, submittedAt: 0 })).toBeNull()
  })
})
