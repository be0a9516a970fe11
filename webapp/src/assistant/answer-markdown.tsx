import type { ReactNode } from 'react'
import ReactMarkdown from 'react-markdown'
import { Link, useLocation } from 'react-router'
import remarkGfm from 'remark-gfm'
import { linkIssueKeys } from './issue-key-links'

/** An answer's Markdown; issue keys open the issue panel over the page the chat is on. Raw HTML is not rendered. */
export default function AnswerMarkdown({ source }: { source: string }) {
  const location = useLocation()
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      components={{
        a: ({ href, children }: { href?: string; children?: ReactNode }) =>
          href?.startsWith('/issues/') ? (
            <Link to={href} state={{ background: location }} className="issue-key-link mono">
              {children}
            </Link>
          ) : (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {children}
            </a>
          ),
      }}
    >
      {linkIssueKeys(source)}
    </ReactMarkdown>
  )
}
