// Compact JSON byte-identical to vn.tinnhiem.crypto.json.JsonWriter and belenios-tool
// (atdgen/Yojson): no spaces, keys in the order the object was built, raw UTF-8, control
// characters escaped, "/" left alone.
//
// Values: BigInt is written as a decimal string (group elements, exponents); a number must be
// a safe integer; null/undefined fields of an object are left out, as Json.obj does; a Map
// keeps any key order (plain objects would put integer-like keys first).

export function write(value) {
  const out = [];
  writeValue(value, out);
  return out.join('');
}

function writeValue(value, out) {
  if (value === null || value === undefined) {
    out.push('null');
  } else if (typeof value === 'bigint') {
    out.push('"', value.toString(), '"');
  } else if (typeof value === 'string') {
    out.push(writeString(value));
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new TypeError(`only safe integers are written as JSON numbers: ${value}`);
    }
    out.push(String(value));
  } else if (typeof value === 'boolean') {
    out.push(value ? 'true' : 'false');
  } else if (Array.isArray(value)) {
    writeArray(value, out);
  } else if (value instanceof Map) {
    writeFields(value.entries(), out);
  } else if (typeof value === 'object') {
    writeFields(Object.entries(value), out);
  } else {
    throw new TypeError(`cannot write ${typeof value} as JSON`);
  }
}

function writeArray(items, out) {
  out.push('[');
  items.forEach((item, i) => {
    if (i > 0) out.push(',');
    writeValue(item, out);
  });
  out.push(']');
}

function writeFields(entries, out) {
  out.push('{');
  let first = true;
  for (const [key, value] of entries) {
    if (value === null || value === undefined) continue;
    if (!first) out.push(',');
    out.push(writeString(key), ':');
    writeValue(value, out);
    first = false;
  }
  out.push('}');
}

const SHORT_ESCAPES = new Map([['"', '\\"'], ['\\', '\\\\'], ['\b', '\\b'], ['\f', '\\f'],
  ['\n', '\\n'], ['\r', '\\r'], ['\t', '\\t']]);

/** A JSON string literal: Yojson's escapes, other controls and DEL as \u00xx (lower-case). */
export function writeString(s) {
  // Fast path: nothing to escape, as for every number and base64 hash in a ballot.
  if (!/["\\\u0000-\u001f\u007f]/.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const short = SHORT_ESCAPES.get(ch);
    if (short !== undefined) {
      out += short;
    } else if (code < 0x20 || code === 0x7f) {
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else {
      out += ch;
    }
  }
  return out + '"';
}
