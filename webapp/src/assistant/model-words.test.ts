import { describe, expect, it } from 'vitest'
import { modelWords } from './model-words'

describe('who wrote an answer, in words', () => {
  it('names Meridian’s own models without their ids, and a hosted model by its service and name', () => {
    expect(modelWords('local/meridian-lexicon@1')).toBe('Meridian’s own assistant')
    expect(modelWords('bedrock/anthropic.claude-3-haiku@2024-03-07')).toBe('Amazon Bedrock · anthropic.claude-3-haiku')
    expect(modelWords('openai/gpt-4o-mini@1')).toBe('an OpenAI-compatible model · gpt-4o-mini')
  })

  it('shows an id it does not know as it is', () => {
    expect(modelWords('acme/brain@9')).toBe('acme/brain@9')
  })
})
