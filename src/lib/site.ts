/** What the site says about itself, and where its source lives (`REPO_URL`, `REPO_BRANCH`). */
import { REPO_BRANCH, REPO_URL } from 'astro:env/server';
import { repository } from './site-repository.ts';

export const SITE_NAME = 'Paper Archive';
export const SITE_DESCRIPTION =
  'An archive of the research papers listed in the daily papers digests, to browse by day listed, topic, date published, code and organisation.';

/** Papers in each feed. */
export const FEED_SIZE = 50;

/** Days, weeks or months in each feed of what was listed. */
export const PERIOD_FEED_SIZE = 30;

/** The repository holding the site's source and content. */
export const REPOSITORY = repository(REPO_URL, REPO_BRANCH);
