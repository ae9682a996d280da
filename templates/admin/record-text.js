// Reads and writes record files for the form editor, so that saving a form changes in the file exactly what the
// form changed: every other line, comment, quoting style, blank line and field (intern: included) stays byte for
// byte, and new fields go where a hand-written record has them. No DOM and no CMS here, so it can be checked alone.
import { parseDocument, isMap, isSeq, isScalar } from './yaml/index.js';

/** The key under which a record carries the text it was read from through the form, back to writeRecord. */
export const ORIGINAL_TEXT = '__original_text';

/** Keys starting with this belong to the form editor and are never written into a file. */
const PRIVATE_PREFIX = '__';

export function readRecord(text) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors.map(e => e.message).join('\n'));
  const data = doc.toJS() ?? {};
  data[ORIGINAL_TEXT] = text;
  return data;
}

/**
 * The text of a record: the file it was read from with only the changed values replaced, or, for a new record,
 * the modeline and every filled-in field in the order of the record format.
 * fields: the collection's fields from config.json (name, widget, fields, record_* hints).
 */
export function writeRecord(data, fields, modeline) {
  const original = data[ORIGINAL_TEXT];
  const values = Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith(PRIVATE_PREFIX)));
  return typeof original === 'string' ? patch(original, values, fields) : fresh(values, fields, modeline);
}

function fresh(values, fields, modeline) {
  const lines = [modeline];
  for (const field of fields) {
    const value = values[field.name];
    if (isEmpty(value)) continue;
    if (field.record_blank_line_before) lines.push('');
    lines.push(pairText(field.name, value, field, ''));
  }
  return lines.join('\n') + '\n';
}

function patch(text, values, fields) {
  const doc = parseDocument(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = [];
  if (isMap(doc.contents)) patchMap(text, doc.contents, values, fields, edits);
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.order - a.order)) {
    result = result.slice(0, edit.start) + edit.text.replaceAll('\n', eol) + result.slice(edit.end);
  }
  return result;
}

function patchMap(text, map, values, fields, edits) {
  const indent = indentOf(text, map.items[0].key.range[0]);
  const present = new Map(map.items.map(pair => [String(pair.key.value), pair]));
  for (const pair of map.items) {
    const name = String(pair.key.value);
    if (!(name in values)) continue; // a field the form does not know is kept as it is
    const field = fieldNamed(fields, name);
    const before = pair.value === null ? null : pair.value.toJSON();
    const after = values[name];
    if (sameValue(before, after)) continue;
    if (isEmpty(after)) {
      edits.push({ start: lineStart(text, pair.key.range[0]), end: lineEnd(text, valueEnd(text, pair)), text: '', order: 0 });
    } else if (field?.fields && isMap(pair.value) && pair.value.items.length > 0 && isPlainObject(after)) {
      patchMap(text, pair.value, after, field.fields, edits);
    } else if (field?.fields && isSeq(pair.value) && !pair.value.flow && Array.isArray(after)
      && pair.value.items.length === after.length && pair.value.items.every(isMap) && after.every(isPlainObject)) {
      pair.value.items.forEach((item, i) => patchMap(text, item, after[i], field.fields, edits));
    } else {
      const start = text.indexOf(':', pair.key.range[1]) + 1;
      edits.push({ start, end: valueEnd(text, pair), text: valueText(after, field, indent, pair.value), order: 0 });
    }
  }
  // New fields go after the nearest field before them in the record format that the file has.
  let order = 0;
  for (const field of fields) {
    if (present.has(field.name) || isEmpty(values[field.name])) continue;
    const previous = precedingPair(fields, field, present);
    const pairLine = pairText(field.name, values[field.name], field, indent);
    if (previous) {
      const end = lineEnd(text, valueEnd(text, previous));
      const newline = end > 0 && text[end - 1] === '\n' ? '' : '\n';
      edits.push({ start: end, end, text: newline + pairLine + '\n', order: order++ });
    } else {
      const start = lineStart(text, map.items[0].key.range[0]);
      edits.push({ start, end: start, text: pairLine + '\n', order: -1000 + order++ });
    }
  }
}

function precedingPair(fields, field, present) {
  const index = fields.indexOf(field);
  for (let i = index - 1; i >= 0; i--) {
    const pair = present.get(fields[i].name);
    if (pair) return pair;
  }
  return null;
}

function fieldNamed(fields, name) {
  return fields.find(f => f.name === name);
}

/** Where a pair's value ends, before the line breaks that follow it. */
function valueEnd(text, pair) {
  let end = pair.value?.range ? pair.value.range[1] : pair.key.range[1] + 1;
  const start = text.indexOf(':', pair.key.range[1]) + 1;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.max(end, start);
}

function lineStart(text, index) {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/** The index after the line break that ends the line holding index (or the end of the text). */
function lineEnd(text, index) {
  const newline = text.indexOf('\n', index);
  return newline < 0 ? text.length : newline + 1;
}

function indentOf(text, index) {
  return ' '.repeat(index - lineStart(text, index));
}

/** "key: value" (and the lines below it), at the given indentation, without a final line break. */
function pairText(name, value, field, indent) {
  return `${indent}${name}:${valueText(value, field, indent, null)}`;
}

/** What follows "key:" for a value: " scalar", " [a, b]", " |" with a block, or the nested lines. */
function valueText(value, field, indent, oldNode) {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.some(v => v !== null && typeof v === 'object')) {
      return value.filter(v => !isEmpty(v)).map(item => '\n' + itemText(item, field, inner)).join('');
    }
    const items = value.filter(v => !isEmpty(v));
    if (isSeq(oldNode) && !oldNode.flow) return items.map(v => `\n${inner}- ${scalarText(v, field, null)}`).join('');
    return ` [${items.map(v => scalarText(v, field, null)).join(', ')}]`;
  }
  if (isPlainObject(value)) {
    return childLines(value, field, inner).map(line => '\n' + line).join('');
  }
  if (typeof value === 'string' && value.includes('\n')) {
    if (isScalar(oldNode) && oldNode.type === 'QUOTE_DOUBLE') return ' ' + JSON.stringify(value);
    return ' |' + blockLines(value, inner);
  }
  return ' ' + scalarText(value, field, oldNode);
}

/** A list item of nested fields: "- first: …" and the others below it. */
function itemText(item, field, indent) {
  const lines = childLines(item, field, indent + '  ');
  if (lines.length === 0) return `${indent}- {}`;
  return `${indent}- ` + lines.map((line, i) => (i === 0 ? line.slice(indent.length + 2) : line)).join('\n');
}

/** The nested fields of a block in the record format's order, then any the format does not name. */
function childLines(value, field, indent) {
  const known = field?.fields ?? [];
  const names = [...known.map(f => f.name), ...Object.keys(value).filter(k => !known.some(f => f.name === k))];
  return names
    .filter(name => !isEmpty(value[name]))
    .map(name => pairText(name, value[name], fieldNamed(known, name), indent));
}

function blockLines(value, indent) {
  const body = value.replace(/\s+$/, '');
  return body.split('\n').map(line => (line === '' ? '\n' : `\n${indent}${line}`)).join('');
}

function scalarText(value, field, oldNode) {
  if (typeof value !== 'string') return String(value);
  const style = isScalar(oldNode) ? oldNode.type : null;
  if (style === 'QUOTE_SINGLE' && !value.includes('\n')) return `'${value.replaceAll("'", "''")}'`;
  if (style === 'QUOTE_DOUBLE' || field?.record_quoted) return JSON.stringify(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** Whether a text can stand unquoted and still read back as the same text. */
function isPlainSafe(value) {
  if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /: |\s#|:$/.test(value)) return false;
  try {
    return parseDocument(`v: ${value}`).toJS()?.v === value;
  } catch {
    return false;
  }
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEmpty(value) {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isPlainObject(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** Equal as the generator reads them: empty equals absent, 58285 equals "58285", trailing line breaks do not count. */
function sameValue(a, b) {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].every(key => sameValue(a[key], b[key]));
  }
  if (isEmpty(a) || isEmpty(b)) return false;
  return String(a).replace(/\s+$/, '') === String(b).replace(/\s+$/, '');
}

/** An id as editors make them by hand: the German name and the town, lower case, umlauts spelt out, at most 80 characters. */
export function recordId(name, town) {
  const slug = text => String(text ?? '')
    .toLowerCase()
    .replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = slug(name);
  const place = slug(town);
  let id = place && !base.endsWith(place) ? `${base}-${place}`.replace(/^-/, '') : base;
  while (id.length > 80) id = id.includes('-') ? id.slice(0, id.lastIndexOf('-')) : id.slice(0, 80);
  return id;
}

/** The fingerprint of a source text, as the generator computes it (SourceFingerprint.cs): 8 hex digits of SHA-256. */
export async function sourceFingerprint(text) {
  const normalized = String(text).replace(/\r\n?/g, '\n').trimEnd().normalize('NFC');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalized));
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('').slice(0, 8);
}

/**
 * The fingerprints a save must record: every translation typed or changed in this save gets the fingerprint of
 * the German text beside it, so that a later change of the German text shows it as stale. Translations the save
 * did not touch keep what they had. Returns [path, fingerprint] pairs, such as [['name', 'tr_quelle'], '3f2a9c1b'].
 */
export async function fingerprintUpdates(data, fields) {
  const before = typeof data[ORIGINAL_TEXT] === 'string' ? parseDocument(data[ORIGINAL_TEXT]).toJS() ?? {} : {};
  const updates = [];
  for (const field of fields) {
    const fingerprints = (field.fields ?? []).filter(f => f.record_fingerprint_of);
    const texts = data[field.name];
    if (fingerprints.length === 0 || !isPlainObject(texts)) continue;
    // The source language is the one text of the block without a fingerprint beside it.
    const source = field.fields.find(f => !f.record_fingerprint_of && !fingerprints.some(p => p.record_fingerprint_of === f.name));
    if (!source || isEmpty(texts[source.name])) continue;
    const old = isPlainObject(before[field.name]) ? before[field.name] : {};
    for (const fingerprint of fingerprints) {
      const language = fingerprint.record_fingerprint_of;
      if (isEmpty(texts[language]) || sameValue(old[language], texts[language])) continue;
      updates.push([[field.name, fingerprint.name], await sourceFingerprint(texts[source.name])]);
    }
  }
  return updates;
}
