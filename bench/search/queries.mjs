// Reads public-queries.yml: top-level language keys, each a list of one-line flow mappings
// `- { q: "...", relevant: [a, b] }`. Only this shape is supported (no YAML library needed).
export function readQueries(text) {
  const result = {};
  let lang = null;
  for (const line of text.split('\n')) {
    const head = line.match(/^([a-z]{2}):\s*$/);
    if (head) { lang = head[1]; result[lang] = []; continue; }
    const item = line.match(/^\s*-\s*\{\s*q:\s*"([^"]*)"\s*,\s*relevant:\s*\[([^\]]*)\]\s*\}\s*$/);
    if (item && lang) {
      result[lang].push({ q: item[1], relevant: item[2].split(',').map((s) => s.trim()).filter(Boolean) });
    } else if (line.trim() && !line.trim().startsWith('#')) {
      throw new Error(`queries: cannot read line: ${line}`);
    }
  }
  return result;
}
