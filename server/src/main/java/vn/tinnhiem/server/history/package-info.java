/**
 * History: a person voted on in several sessions. The secretary links each subject to a
 * person (matches by name and unit are offered, never applied without confirmation); a
 * per-person page lists every round with its levels and band and draws them over time as a
 * server-rendered SVG. Which roles may read it is the secretary's choice.
 */
package vn.tinnhiem.server.history;
