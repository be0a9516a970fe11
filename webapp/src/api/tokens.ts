import { http } from './http'

export interface ApiToken {
  id: number
  name: string
  prefix: string
  createdAt: string
  lastUsedAt: string | null
}

export interface CreatedToken {
  token: ApiToken
  /** Shown once: the server keeps only a hash. */
  secret: string
}

export const tokensApi = {
  list: () => http.get<ApiToken[]>('/api/v1/myself/tokens'),
  create: (name: string) => http.post<CreatedToken>('/api/v1/myself/tokens', { name }),
  revoke: (id: number) => http.delete(`/api/v1/myself/tokens/${id}`),
}
