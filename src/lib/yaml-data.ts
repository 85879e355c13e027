// Reads a YAML data file (a mapping of id -> entry) and fails loudly, naming the file and
// line, where Astro's own file() loader would only log and carry on with an empty collection.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export function readYamlMap(path: string): Record<string, Record<string, unknown>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: file not found`);
  }
  let data: unknown;
  try {
    data = yaml.load(text, { filename: path, schema: yaml.CORE_SCHEMA });
  } catch (err) {
    throw new Error(`${path}: not valid YAML: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${path}: expected a mapping of id: entry`);
  }
  for (const [id, value] of Object.entries(data)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${path}: id "${id}" must be lowercase words joined by hyphens`);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${path}: entry "${id}" must be a mapping of fields`);
  }
  return data as Record<string, Record<string, unknown>>;
}
