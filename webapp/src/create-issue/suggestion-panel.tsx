import type { DraftSuggestions } from '../api/inference'
import type { Offer, SuggestedField } from './draft-suggestions'

const NAMES: Record<SuggestedField, string> = {
  type: 'Type',
  priority: 'Priority',
  components: 'Component',
  labels: 'Label',
  assignee: 'Assignee',
  storyPoints: 'Story points',
}

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`

interface Props {
  suggestions: DraftSuggestions
  offers: Offer[]
  onAccept: (offer: Offer) => void
}

/** What the active model suggests for the draft: field values to accept with one click, and possible duplicates. */
export function SuggestionPanel({ suggestions, offers, onAccept }: Props) {
  const duplicates = suggestions.possibleDuplicates
  if (offers.length === 0 && duplicates.length === 0) return null
  return (
    <section className="draft-suggestions" aria-label="Suggestions">
      <header className="draft-suggestions-header">
        <span>Suggested</span>
        <span className="draft-suggestions-model" title={`Model ${suggestions.modelVersion}, trained on ${suggestions.projectKey}’s own issues`}>
          Learned from {suggestions.projectKey}’s issues
        </span>
      </header>
      {offers.length > 0 && (
        <ul className="draft-offers">
          {offers.map((offer) => (
            <li key={`${offer.field}:${offer.value}`} className={`draft-offer draft-offer-${offer.state}`}>
              <span className="draft-offer-field">{NAMES[offer.field]}</span> <strong>{offer.shown}</strong>{' '}
              {offer.range && (
                <span className="draft-offer-range" title="Likely range: the model's usual error on issues it did not train on">
                  ({offer.range}){' '}
                </span>
              )}
              <span
                className="draft-offer-confidence"
                title={offer.field === 'storyPoints' ? 'How often the estimate was exactly right on held-out issues' : "The model's confidence"}
              >
                {percent(offer.confidence)}
              </span>
              {offer.state === 'offered' && (
                <button
                  type="button"
                  className="button button-ghost draft-offer-accept"
                  aria-label={`Use ${NAMES[offer.field].toLowerCase()} ${offer.shown}`}
                  onClick={() => onAccept(offer)}
                >
                  Use
                </button>
              )}
              {offer.state === 'in-form' && <span className="draft-offer-note">✓ in the form</span>}
              {offer.state === 'kept' && <span className="draft-offer-note">you chose another</span>}
            </li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <div className="draft-duplicates">
          <span className="draft-suggestions-label">Possible duplicates</span>
          <ul>
            {duplicates.map((issue) => (
              <li key={issue.key}>
                <a href={`/issues/${issue.key}`} target="_blank" rel="noreferrer" className="issue-key-link mono">
                  {issue.key}
                </a>{' '}
                {issue.summary}
                {issue.status && <span className="draft-duplicate-status"> · {issue.status}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
