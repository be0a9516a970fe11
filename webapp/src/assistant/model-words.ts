const PROVIDERS: Record<string, string> = {
  local: 'Meridian’s own assistant',
  bedrock: 'Amazon Bedrock',
  openai: 'an OpenAI-compatible model',
}

/**
 * Who wrote an answer, as a reader says it ("Meridian’s own assistant", "Amazon Bedrock · claude-3-haiku"): a model's
 * id (`provider/name@version`) is for the tooltip, not the page.
 */
export function modelWords(model: string): string {
  const slash = model.indexOf('/')
  const provider = slash > 0 ? model.slice(0, slash) : model
  const words = PROVIDERS[provider]
  if (!words) return model
  return provider === 'local' ? words : `${words} · ${model.slice(slash + 1).replace(/@.*$/, '')}`
}
