/**
 * Preparation before the conference: deadlines counted back from the conference day
 * (dossiers handed in, sent to voters, questions, answers), dossiers per subject with a
 * download log, questions from voters to a subject (optionally anonymous to the subject), and
 * accounts for summoned members and subjects made through one-time invitation links.
 * Such an account is never linked to a voting credential.
 */
package vn.tinnhiem.server.preparation;
