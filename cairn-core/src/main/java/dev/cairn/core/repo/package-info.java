/** The repository's files as evidence: paths and the text of the files whose words matter to the criteria. */
package dev.cairn.core.repo;
