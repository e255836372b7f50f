/**
 * A `Response`-shaped reply for the lab's `fetch`. The platform's own `Response` reads its body
 * through streams that settle on real macrotasks the virtual clock cannot see; this one has the
 * body in memory and settles at once, so runs stay deterministic.
 */
const bodies = new WeakMap<LabResponse, string>();

/** The body of a response without consuming it (for the lab's blocking calls). */
export function bodyOf(res: LabResponse): string {
  return bodies.get(res) ?? '';
}

export class LabResponse {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = 'basic';
  readonly headers: Headers;
  private used = false;

  constructor(
    private readonly bodyText: string,
    readonly status: number,
    readonly statusText: string,
    headers: Record<string, string>,
    readonly url: string,
  ) {
    this.ok = status >= 200 && status < 300;
    bodies.set(this, bodyText);
    this.headers = new Headers(headers);
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  private consume(): string {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.bodyText;
  }

  /** The body as text. */
  text(): Promise<string> {
    try {
      return Promise.resolve(this.consume());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** The body parsed as JSON. */
  json(): Promise<unknown> {
    return this.text().then((t) => JSON.parse(t) as unknown);
  }

  clone(): LabResponse {
    if (this.used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new LabResponse(this.bodyText, this.status, this.statusText, Object.fromEntries(this.headers), this.url);
  }
}
