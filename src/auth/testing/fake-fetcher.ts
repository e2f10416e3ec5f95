import type { FetchedToken, TokenFetcher, TokenRequest } from '../cached-token'

/** One call to the fake fetcher, answered by the test. */
export interface PendingFetch {
  request: TokenRequest
  resolve(token: FetchedToken): void
  reject(error: unknown): void
}

/** A token fetcher whose every call waits until the test resolves or rejects it. */
export function createControlledFetcher() {
  const calls: PendingFetch[] = []
  const fetchToken: TokenFetcher = (request) =>
    new Promise<FetchedToken>((resolve, reject) => {
      calls.push({ request, resolve, reject })
    })
  return { fetchToken, calls }
}
