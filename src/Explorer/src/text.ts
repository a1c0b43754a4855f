// Pure text helpers, kept free of DOM and cytoscape so they are easy to reason about.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Wraps every occurrence of any of `names` in <mark>. The API's evidence offsets point into the whole article, not the
 * sentence, so the names (with aliases) are located again here; longest names win so 广州市科协 is not split by 科协.
 */
export function highlight(sentence: string, names: string[]): string {
  const wanted = [...new Set(names.filter((n) => n.trim().length > 0))].sort((a, b) => b.length - a.length);
  const marked = new Array<boolean>(sentence.length).fill(false);
  for (const name of wanted) {
    let from = 0;
    for (;;) {
      const at = sentence.indexOf(name, from);
      if (at < 0) break;
      let free = true;
      for (let i = at; i < at + name.length; i++) if (marked[i]) free = false;
      if (free) for (let i = at; i < at + name.length; i++) marked[i] = true;
      from = at + 1;
    }
  }
  let html = '';
  let i = 0;
  while (i < sentence.length) {
    const inMark = marked[i];
    let j = i;
    while (j < sentence.length && marked[j] === inMark) j++;
    const part = escapeHtml(sentence.slice(i, j));
    html += inMark ? `<mark>${part}</mark>` : part;
    i = j;
  }
  return html;
}

/** Only http(s) links become anchors: a crawled URL is data, not trusted markup. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
