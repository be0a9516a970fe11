import { http } from './http'

export interface UserRef {
  id: number
  email: string
  displayName: string
}

/** An account as site admins manage it; a deactivated person cannot sign in and is not offered in pickers. */
export interface UserAccount extends UserRef {
  siteAdmin: boolean
  active: boolean
}

export interface NewUser {
  displayName: string
  email: string
  password: string
}

export const usersApi = {
  search: (query: string, limit = 20) => http.get<UserRef[]>('/api/v1/users', { query, limit }),
  accounts: () => http.get<UserAccount[]>('/api/v1/users/accounts'),
  create: (user: NewUser) => http.post<UserRef>('/api/v1/users', user),
  setActive: (id: number, active: boolean) => http.patch<UserAccount>(`/api/v1/users/${id}`, { active }),
}
