import { randomBytes } from 'node:crypto'

/** Opaque access tokens issued by /oauth2/token, each with its own expiry. */
export class TokenStore {
  private readonly tokens = new Map<string, number>()

  constructor(private readonly now: () => number) {}

  issue(lifetimeS: number): string {
    this.prune()
    const token = randomBytes(48).toString('base64url')
    this.tokens.set(token, this.now() + lifetimeS * 1000)
    return token
  }

  isValid(token: string): boolean {
    const expiresAt = this.tokens.get(token)
    return expiresAt !== undefined && this.now() < expiresAt
  }

  /** The fault API's expire-tokens: every issued token stops working at once. */
  expireAll(): number {
    const n = this.tokens.size
    this.tokens.clear()
    return n
  }

  private prune(): void {
    const t = this.now()
    for (const [token, expiresAt] of this.tokens) if (expiresAt <= t) this.tokens.delete(token)
  }
}
