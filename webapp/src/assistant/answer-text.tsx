import { lazy, Suspense } from 'react'

const AnswerMarkdown = lazy(() => import('./answer-markdown'))

export function AnswerText({ source }: { source: string }) {
  return (
    <div className="markdown chat-answer-text">
      <Suspense fallback={<p className="markdown-pending">{source}</p>}>
        <AnswerMarkdown source={source} />
      </Suspense>
    </div>
  )
}
