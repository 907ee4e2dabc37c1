// Credentials never reach a message: a URL written with user:password (an HF_ENDPOINT mirror,
// say) is printed with them replaced.

/** `https://user:secret@host/x` → `https://***@host/x`, anywhere in the text. */
export function redactUrls(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}

/** The URL without user and password, and a Basic authorization for them (or undefined). */
export function splitCredentials(url: string): { url: string; basic?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url: redactUrls(url) };
  }
  if (!parsed.username && !parsed.password) return { url };
  const basic = Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64');
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), basic };
}

/** The text with URL credentials and each secret value (a token) written as ***. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.includes('@') ? redactUrls(text) : text;
  // Short values would blank out ordinary words; tokens are long.
  for (const secret of secrets) if (secret.length >= 8 && out.includes(secret)) out = out.split(secret).join('***');
  return out;
}
