// A dictionary string with its {placeholders} filled in: "Call {number}" → "Call 988".
// Its own module so the browser's search app can use it without the dictionaries.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
