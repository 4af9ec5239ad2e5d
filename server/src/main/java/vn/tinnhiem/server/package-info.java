/**
 * The tinnhiem web application: one package per feature ({@code account},
 * later {@code session}, {@code roll}, {@code booth}, ...), each owning its
 * controller, service, JDBC repository, templates and migrations. Shared web
 * plumbing (home page, locale) lives in {@code system}.
 */
package vn.tinnhiem.server;
