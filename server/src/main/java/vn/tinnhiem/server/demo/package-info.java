/**
 * Demo mode ({@code tinnhiem.demo=true}): a demo conference with placeholder
 * people, site secretaries tied to its two sites, and the URL and logins
 * printed at start. Uses the features' services only.
 */
package vn.tinnhiem.server.demo;
