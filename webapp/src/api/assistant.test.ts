import { describe, expect, it } from 'vitest'
import { parseEvent } from './assistant'

describe('parseEvent', () => {
  it('reads token, restart and error events', () => {
    expect(parseEvent('event:token\ndata:{"text":"There are "}')).toEqual({ type: 'token', text: 'There are ' })
    expect(parseEvent('event: restart\ndata: {"note":"fell back"}')).toEqual({ type: 'restart', note: 'fell back' })
    expect(parseEvent('event:error\ndata:{"status":429,"detail":"Ask again in 3 s."}')).toEqual({
      type: 'error',
      status: 429,
      detail: 'Ask again in 3 s.',
    })
  })

  it('ignores comments and events it does not know', () => {
    expect(parseEvent(':keep-alive')).toBeNull()
    expect(parseEvent('event:other\ndata:{}')).toBeNull()
  })
})
