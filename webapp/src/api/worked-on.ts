import { http } from './http'
import type { IssueSummary } from './issues'

/** What the person last did to the issue; `edited` names the field as the issue's history does, `moved` the key it had. */
export type WorkDone = 'created' | 'edited' | 'moved' | 'commented' | 'loggedWork'

/** An issue the signed-in person worked on lately, with the last thing they did to it and when. */
export interface WorkedOn {
  issue: IssueSummary
  did: WorkDone
  field: string | null
  at: string
}

export const workedOnApi = {
  /** Newest first, at most 100, only issues the person may still see. */
  list: (days: number) => http.get<WorkedOn[]>('/api/v1/myself/worked-on', { days }),
}
