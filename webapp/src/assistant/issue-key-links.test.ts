import { describe, expect, it } from 'vitest'
import { linkIssueKeys } from './issue-key-links'

describe('linkIssueKeys', () => {
  it('links every issue key to its panel', () => {
    expect(linkIssueKeys('**WEB-12** (Login fails) is open; see WEB-3.')).toBe(
      '**[WEB-12](/issues/WEB-12)** (Login fails) is open; see [WEB-3](/issues/WEB-3).',
    )
  })

  it('leaves keys in code and in existing links alone', () => {
    const source = 'I searched `key = WEB-1` and [WEB-2](https://example.com/WEB-2).'
    expect(linkIssueKeys(source)).toBe(source)
  })

  it('does not take words that only look like keys', () => {
    expect(linkIssueKeys('utf-8 and web-1 and A-1')).toBe('utf-8 and web-1 and A-1')
  })
})
