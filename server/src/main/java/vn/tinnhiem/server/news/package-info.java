/**
 * The public news page: items the secretary drafts from a session (never with vote counts),
 * with a photo and caption, then publishes; the public list, item pages with related items,
 * an Atom feed, and a view counter that counts a reader once per day without storing who.
 */
package vn.tinnhiem.server.news;
