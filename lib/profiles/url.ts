// Addresses, on their own: the chrome check needs them without the readers' value parsers.

/** An absolute http(s) URL, or null. */
export function urlOf(href: string | null | undefined, base?: string): URL | null {
  try {
    const u = new URL(href ?? '', base);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

export const hostIn = (host: string, hosts: readonly string[]) => hosts.some((h) => host === h || host.endsWith(`.${h}`));
