/**
 * What the room sees, live: the projector page (roll call and quorum over all sites, turnout
 * while voting, results once announced), pushed with Server-Sent Events. Services publish
 * {@link vn.tinnhiem.server.system.SessionChanged}; after commit it reaches every app node
 * (PostgreSQL LISTEN/NOTIFY) or this one (H2) and is fanned out to the open screens.
 */
package vn.tinnhiem.server.live;
