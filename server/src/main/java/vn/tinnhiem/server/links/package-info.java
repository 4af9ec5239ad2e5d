/** Secret links shared by features: generated once, shown once, stored as a hash. */
package vn.tinnhiem.server.links;
