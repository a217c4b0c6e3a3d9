/**
 * Passwords inside URLs (`scheme://user:password@host`), found in linear time so that a value of
 * megabytes — a hostile file, or a pasted blob — is scanned once. Used to mask URL passwords wherever
 * a value is shown (rule messages, `--print-config`), and by the rules that judge them.
 */

/**
 * A scheme (a letter, then letters, digits, `+`, `.`, `-`) and `://`. The match starts at the
 * beginning of a run of scheme characters (the lookbehind) and skips its leading non-letters: that is
 * where the leftmost match of a bare `[A-Za-z][A-Za-z0-9+.-]*://` begins and ends too, but no attempt
 * starts inside the run, so a long word is scanned once instead of once per letter.
 */
const URL_START = /(?<![A-Za-z0-9+.-])[0-9+.-]*[A-Za-z][A-Za-z0-9+.-]*:\/\//g;

/** Where a URL's text ends in prose; the authority further ends at its path, query or fragment. */
const URL_END = /\s/g;
const AUTHORITY_END = /[/?#]/g;

/**
 * URLs nested in one authority (`a://b://c:d@h`) examined beyond the first: real values have one or
 * two, and each costs a pass over the rest of the authority.
 */
const MAX_NESTED_URLS = 64;

export interface PasswordSpan {
  start: number;
  end: number;
}

/** Whether `text` holds a URL (`scheme://`): then only a password inside it is a credential. */
export function containsUrl(text: string): boolean {
  // Most values hold no `://` at all. `search` leaves the pattern's lastIndex alone (matchAll below starts from it).
  return text.includes("://") && text.search(URL_START) >= 0;
}

/** Facts shared by every URL of one stretch of text without whitespace. */
interface Stretch {
  /** Where the stretch (and so every URL in it) ends. */
  end: number;
  /** The last `@` of the stretch, -1 if none. */
  lastAt: number;
  /** Where the authority of a URL starting before `lastAt` ends: the first `/`, `?` or `#` after it. */
  authorityEnd: number;
}

function stretchFrom(text: string, from: number): Stretch {
  const end = indexOfPattern(URL_END, text, from, text.length);
  const lastAt = end > from ? text.lastIndexOf("@", end - 1) : -1;
  const authorityEnd = lastAt < 0 ? end : indexOfPattern(AUTHORITY_END, text, lastAt, end);
  return { end, lastAt, authorityEnd };
}

/** The first match of the global `pattern` at or after `from`, or `otherwise`. */
function indexOfPattern(pattern: RegExp, text: string, from: number, otherwise: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match && match.index < otherwise ? match.index : otherwise;
}

/**
 * The password spans (offsets into `text`) of every `scheme://user:password@host` in it. A password
 * runs to the `@` (SQLAlchemy reads `/`, `?` and `#` in it as password characters), so the authority
 * is taken to end at the first `/`, `?` or `#` after the last `@`: a stray `@` later in the URL makes
 * the masked part longer, never shorter. The authority may list several hosts (oslo.messaging's
 * `user:pw@h1,user:pw@h2`); a comma counts as part of a password when the piece after it has `@` but
 * no `user:` of its own (`user:pa,ss@host`). A user name never holds `/`, `?` or `#`.
 */
export function urlPasswords(text: string): PasswordSpan[] {
  const found: PasswordSpan[] = [];
  if (!text.includes("://")) return found;
  let stretch: Stretch | undefined;
  let nested = 0;
  for (const match of text.matchAll(URL_START)) {
    const start = match.index + match[0].length;
    if (stretch === undefined || start > stretch.end) {
      stretch = stretchFrom(text, start);
      nested = 0;
    }
    if (stretch.lastAt < start || ++nested > MAX_NESTED_URLS + 1) continue;
    let offset = start;
    for (const host of hostsOf(text.slice(start, stretch.authorityEnd))) {
      const at = host.lastIndexOf("@");
      const colon = at < 0 ? -1 : host.slice(0, at).indexOf(":");
      if (colon >= 0 && colon + 1 < at && !/[/?#]/.test(host.slice(0, colon))) found.push({ start: offset + colon + 1, end: offset + at });
      offset += host.length + 1;
    }
  }
  return found;
}

function hostsOf(authority: string): string[] {
  const pieces = authority.split(",");
  const hosts: string[] = [];
  let current = pieces.shift()!;
  for (const piece of pieces) {
    const at = piece.lastIndexOf("@");
    if (!current.includes("@") && at >= 0 && !piece.slice(0, at).includes(":")) current += `,${piece}`;
    else {
      hosts.push(current);
      current = piece;
    }
  }
  hosts.push(current);
  return hosts;
}

/** `text` with every URL password replaced by `mask` (once where passwords overlap). */
export function maskUrlPasswords(text: string, mask = "***"): string {
  let out = "";
  let at = 0;
  for (const password of urlPasswords(text)) {
    // A URL nested in another's password (`a://b://u:p@h`) yields a span inside the one masked already.
    if (password.start < at) at = Math.max(at, password.end);
    else {
      out += `${text.slice(at, password.start)}${mask}`;
      at = password.end;
    }
  }
  return out + text.slice(at);
}
