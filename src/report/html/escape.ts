/** Escaping for the HTML report: every piece of article content passes through here. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Same as escapeHtml; named for call sites that build attribute values. */
export const escapeAttr = escapeHtml;

/**
 * A link target that is safe to put in href, or null. Only http(s), mailto and plain relative
 * references pass; javascript:, data:, vbscript: and any other scheme are refused, including
 * when hidden with case, whitespace, control characters or entities.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  if (!url || url.length > 2048) return null;
  // Browsers drop ASCII tab/newline and leading control characters before parsing the scheme.
  const probe = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(probe);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1]!) ? url : null;
  // No scheme: a relative reference; refuse protocol-relative and backslash tricks.
  if (probe.startsWith('//') || probe.startsWith('\\') || probe.startsWith('/\\')) return null;
  if (probe.includes(':') && !/[/?#]/.test(probe.slice(0, probe.indexOf(':')))) return null;
  return url;
}
