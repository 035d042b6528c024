import type { ApiRequest, ApiResponse, Transport, Upload } from './transport'

export interface CallOptions {
  idempotencyKey?: string
  headers?: Record<string, string>
}

/** A caller: every request goes out with its token (or none), so a test reads like the contract. */
export interface Caller {
  get(path: string, options?: CallOptions): Promise<ApiResponse>
  post(path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse>
  put(path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse>
  upload(file: Upload, options?: CallOptions): Promise<ApiResponse>
  send(request: ApiRequest): Promise<ApiResponse>
}

export interface Api {
  as(who: string | { token: string }): Caller
  anonymous(): Caller
}

export function createApi(transport: Transport): Api {
  const caller = (token: string | undefined): Caller => {
    const headers = (options?: CallOptions) => ({
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options?.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      ...options?.headers,
    })
    return {
      get: (path, options) => transport.send({ method: 'GET', path, headers: headers(options) }),
      post: (path, body, options) =>
        transport.send({ method: 'POST', path, body, headers: headers(options) }),
      put: (path, body, options) => transport.send({ method: 'PUT', path, body, headers: headers(options) }),
      upload: (file, options) =>
        transport.send({ method: 'POST', path: '/files', upload: file, headers: headers(options) }),
      send: (request) => transport.send({ ...request, headers: { ...headers(), ...request.headers } }),
    }
  }
  return {
    as: (who) => caller(typeof who === 'string' ? who : who.token),
    anonymous: () => caller(undefined),
  }
}
