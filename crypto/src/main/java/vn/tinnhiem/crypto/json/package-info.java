/** Strict JSON model, parser and byte-exact compact writer (Belenios serialisation rules). */
package vn.tinnhiem.crypto.json;
