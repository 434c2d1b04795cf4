/**
 * Subscribe-message data. Templates name their fields by keyword (`thing3`,
 * `phrase2`, …) chosen in the WeChat admin console, so our own keys are mapped
 * per environment with `SUBSCRIBE_FIELDS_<KEY>=trackingNo:character_string1,status:phrase2`.
 * WeChat refuses a whole message when one value breaks its keyword's rule, so
 * values are cut to the documented lengths and never left empty.
 */

export type FieldMap = Record<string, string>;

const LIMITS: Record<string, number> = {
  thing: 20,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phrase: 5,
  name: 10,
  phone_number: 17,
  car_number: 8,
};

/** Keywords whose values must be Chinese characters; the rest take letters, digits and symbols. */
const CHINESE = new Set(['thing', 'phrase', 'name']);

export function readFieldMaps(env: NodeJS.ProcessEnv): Record<string, FieldMap> {
  const maps: Record<string, FieldMap> = {};
  for (const [name, value] of Object.entries(env)) {
    const m = /^SUBSCRIBE_FIELDS_(\w+)$/.exec(name);
    if (!m || !value) continue;
    const map: FieldMap = {};
    for (const pair of value.split(',')) {
      const [ours, keyword] = pair.split(':').map((s) => s.trim());
      if (ours && keyword) map[ours] = keyword;
    }
    maps[m[1].toLowerCase()] = map;
  }
  return maps;
}

function fit(kind: string, value: string): string {
  if (value.trim() === '') return CHINESE.has(kind) ? '无' : '-';
  const limit = LIMITS[kind];
  const chars = Array.from(value);
  if (limit === undefined || chars.length <= limit) return value;
  return kind === 'thing' ? `${chars.slice(0, limit - 1).join('')}…` : chars.slice(0, limit).join('');
}

export function toTemplateData(data: Record<string, string>, fields: FieldMap = {}): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {};
  for (const [key, value] of Object.entries(data)) {
    const keyword = fields[key] ?? key;
    out[keyword] = { value: fit(keyword.replace(/\d+$/, ''), value) };
  }
  return out;
}
