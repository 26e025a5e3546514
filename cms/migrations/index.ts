import * as migration_20261123_200716_initial from './20261123_200716_initial';
import * as migration_20261123_205802_site_builds_and_jobs from './20261123_205802_site_builds_and_jobs';

export const migrations = [
  {
    up: migration_20261123_200716_initial.up,
    down: migration_20261123_200716_initial.down,
    name: '20261123_200716_initial',
  },
  {
    up: migration_20261123_205802_site_builds_and_jobs.up,
    down: migration_20261123_205802_site_builds_and_jobs.down,
    name: '20261123_205802_site_builds_and_jobs'
  },
];
