import { useMutation } from '@tanstack/react-query'
import { assistantApi } from '../api/assistant'
import { readerZone } from '../app/calendar-day'
import { AnswerText } from '../assistant/answer-text'
import { modelWords } from '../assistant/model-words'

/** Summarize: the issue's description and comment thread in a few lines, with the model version that wrote them. */
export function IssueSummary({ issueKey }: { issueKey: string }) {
  const summary = useMutation({ mutationKey: ['summary', issueKey], mutationFn: () => assistantApi.summarize(issueKey, readerZone()) })
  const shown = summary.data
  return (
    <section className="assistant-summary" aria-label="Assistant's summary">
      <button type="button" className="button small" onClick={() => summary.mutate()} disabled={summary.isPending}>
        <span aria-hidden="true">✦</span> {summary.isPending ? 'Summarizing…' : shown ? 'Summarize again' : 'Summarize'}
      </button>
      {summary.error && (
        <p className="error-text" role="alert">
          {summary.error.message}
        </p>
      )}
      {shown && (
        <div className="assistant-summary-text">
          <AnswerText source={shown.text} />
          <p className="chat-model" title={`Written by ${shown.model}, from this issue’s own text`}>
            Summarized by {modelWords(shown.model)}
          </p>
        </div>
      )}
    </section>
  )
}
