import { http } from './http'

export interface CurrentUser {
  id: number
  email: string
  displayName: string
  siteAdmin: boolean
}

export interface Session {
  user: CurrentUser | null
  csrfToken: string
}

export const sessionApi = {
  current: () => http.get<Session>('/api/v1/session'),
  logIn: (email: string, password: string) => http.post<Session>('/api/v1/session', { email, password }),
  logOut: () => http.delete('/api/v1/session'),
}
