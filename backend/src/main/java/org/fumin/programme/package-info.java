/**
 * The programme's rules, written once and free of the framework and the database: the nomination
 * state table, the deadline rule, the reminder schedule and the quota defaults. Services, SQL and
 * the reminder job read them; plain unit tests pin them.
 */
package org.fumin.programme;
