import { http } from './http'

export interface UserRef {
  id: number
  email: string
  displayName: string
}

export const usersApi = {
  search: (query: string, limit = 20) => http.get<UserRef[]>('/api/v1/users', { query, limit }),
}
