/** Shared web plumbing: the public home page and the language switch. */
package vn.tinnhiem.server.system;
