/**
 * Who is asking: users, password and API-token authentication, browser sessions, site administrators.
 * API: {@link dev.meridian.identity.CurrentUser}, {@link dev.meridian.identity.Users}, {@link dev.meridian.identity.UserRef}.
 */
package dev.meridian.identity;
