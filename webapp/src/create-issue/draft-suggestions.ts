import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { inferenceApi, type DraftSuggestions, type FieldSuggestion } from '../api/inference'
import { useDebouncedValue } from '../app/use-debounced-value'

/** The create form's fields a suggestion can fill. */
export type SuggestedField = 'type' | 'priority' | 'components' | 'labels' | 'assignee' | 'storyPoints'

/** The form as it stands: single values, and the lists a suggestion adds to. */
export interface FormValues {
  type: string
  priority: string
  assignee: string
  labels: string[]
  components: string[]
  /** As typed in the form (a number, or empty). */
  storyPoints: string
}

/** What a suggestion may be: the scheme's names, and members (a suggested assignee is a display name). */
export interface FormOptions {
  types: string[]
  priorities: string[]
  components: string[]
  members: { email: string; displayName: string }[]
}

/**
 * One suggestion as the form shows it. `offered`: one click puts it in the form; `in-form`: the form already says so;
 * `kept`: the user chose another value themselves, which a suggestion never overwrites.
 */
export interface Offer {
  field: SuggestedField
  value: string
  shown: string
  confidence: number
  /** An estimate's likely range, e.g. "3–8" (story points only). */
  range?: string
  state: 'offered' | 'in-form' | 'kept'
}

const ORDER: SuggestedField[] = ['type', 'priority', 'components', 'labels', 'assignee', 'storyPoints']
const MULTIPLE = new Set<SuggestedField>(['components', 'labels'])

/** The model's field names (`component`, `label`…) as the form's, or null for fields the form does not have. */
function formField(field: string): SuggestedField | null {
  switch (field) {
    case 'type':
    case 'issuetype':
      return 'type'
    case 'priority':
      return 'priority'
    case 'component':
    case 'components':
      return 'components'
    case 'label':
    case 'labels':
      return 'labels'
    case 'assignee':
      return 'assignee'
    case 'storyPoints':
      return 'storyPoints'
    default:
      return null
  }
}

function sameName(a: string, b: string) {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0
}

/** The form's value for a suggested one, or null when the project has no such type, priority, component or member. */
function formValue(field: SuggestedField, value: string, options: FormOptions): { value: string; shown: string } | null {
  const named = (names: string[]) => {
    const found = names.find((name) => sameName(name, value))
    return found ? { value: found, shown: found } : null
  }
  switch (field) {
    case 'type':
      return named(options.types)
    case 'priority':
      return named(options.priorities)
    case 'components':
      return named(options.components)
    case 'labels':
      return /^\S+$/.test(value) ? { value, shown: value } : null
    case 'assignee': {
      const member = options.members.find((m) => sameName(m.displayName, value) || sameName(m.email, value))
      return member ? { value: member.email, shown: member.displayName } : null
    }
    case 'storyPoints':
      return isPoints(value) ? { value, shown: value } : null
  }
}

function isPoints(value: string | null | undefined): value is string {
  return !!value && /^\d+(\.\d+)?$/.test(value) && Number(value) <= 1000
}

/** "3–8" for an estimate whose range is wider than its value, else undefined. */
function rangeOf(suggestion: FieldSuggestion): string | undefined {
  const { low, high, value } = suggestion
  if (!isPoints(low) || !isPoints(high) || (low === value && high === value)) return undefined
  return `${low}–${high}`
}

/**
 * The suggestions the form can use, in form order, each with its state against what the form holds and what the
 * user chose (`chosen`: fields set by hand or by an earlier accept).
 */
export function offersFor(suggestions: FieldSuggestion[], form: FormValues, chosen: ReadonlySet<SuggestedField>, options: FormOptions): Offer[] {
  const offers: Offer[] = []
  for (const suggestion of suggestions) {
    const field = formField(suggestion.field)
    const usable = field && formValue(field, suggestion.value, options)
    if (!field || !usable) continue
    if (offers.some((o) => o.field === field && o.value === usable.value)) continue
    let state: Offer['state']
    if (MULTIPLE.has(field)) {
      state = (form[field] as string[]).some((v) => sameName(v, usable.value)) ? 'in-form' : 'offered'
    } else if (field === 'storyPoints' ? form.storyPoints !== '' && Number(form.storyPoints) === Number(usable.value) : sameName(form[field] as string, usable.value)) {
      state = 'in-form'
    } else {
      state = chosen.has(field) ? 'kept' : 'offered'
    }
    const range = field === 'storyPoints' ? rangeOf(suggestion) : undefined
    offers.push({ field, ...usable, confidence: suggestion.confidence, ...(range ? { range } : {}), state })
  }
  return offers.sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field) || b.confidence - a.confidence)
}

/** The form with an offer accepted: a single field takes its value, a list gains it; nothing the user set is lost. */
export function accept(form: FormValues, offer: Offer): FormValues {
  if (offer.state !== 'offered') return form
  if (offer.field === 'labels' || offer.field === 'components') return { ...form, [offer.field]: [...form[offer.field], offer.value] }
  return { ...form, [offer.field]: offer.value }
}

/** Whether a draft has enough words to be worth asking about. */
export function worthAsking(summary: string, description: string): boolean {
  return /[\p{L}\p{N}]{3,}/u.test(`${summary} ${description}`)
}

/**
 * The active model's suggestions for the draft, asked once the typing has paused for 250 ms; a request for text that
 * has changed since is aborted. Nothing (no error either) when the project has no active model or the server refuses.
 */
export function useDraftSuggestions(project: string, summary: string, description: string): DraftSuggestions | undefined {
  const typed = JSON.stringify([summary.trim(), description.trim()])
  const settled = useDebouncedValue(typed, 250)
  const [settledSummary, settledDescription] = JSON.parse(settled) as [string, string]
  const enabled = !!project && settled === typed && worthAsking(settledSummary, settledDescription)
  const query = useQuery({
    queryKey: ['suggestions', project, settledSummary, settledDescription],
    queryFn: ({ signal }) => inferenceApi.suggest(project, { summary: settledSummary, description: settledDescription }, signal),
    enabled,
    staleTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  })
  if (query.isError || !worthAsking(summary, description)) return undefined
  return query.data?.projectKey === project ? query.data : undefined
}
