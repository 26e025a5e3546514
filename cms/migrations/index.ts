import * as migration_20261123_200716_initial from './20261123_200716_initial';
import * as migration_20261123_205802_site_builds_and_jobs from './20261123_205802_site_builds_and_jobs';
import * as migration_20261123_210901_redirects from './20261123_210901_redirects';
import * as migration_20261123_230127_site_build_kinds from './20261123_230127_site_build_kinds';
import * as migration_20261123_231625_translation_workflow from './20261123_231625_translation_workflow';
import * as migration_20261207_011944_upload_storage_fields from './20261207_011944_upload_storage_fields';
import * as migration_20261207_022015_auth_throttles from './20261207_022015_auth_throttles';
import * as migration_20261207_042504_import_records from './20261207_042504_import_records';

export const migrations = [
  {
    up: migration_20261123_200716_initial.up,
    down: migration_20261123_200716_initial.down,
    name: '20261123_200716_initial',
  },
  {
    up: migration_20261123_205802_site_builds_and_jobs.up,
    down: migration_20261123_205802_site_builds_and_jobs.down,
    name: '20261123_205802_site_builds_and_jobs',
  },
  {
    up: migration_20261123_210901_redirects.up,
    down: migration_20261123_210901_redirects.down,
    name: '20261123_210901_redirects',
  },
  {
    up: migration_20261123_230127_site_build_kinds.up,
    down: migration_20261123_230127_site_build_kinds.down,
    name: '20261123_230127_site_build_kinds',
  },
  {
    up: migration_20261123_231625_translation_workflow.up,
    down: migration_20261123_231625_translation_workflow.down,
    name: '20261123_231625_translation_workflow',
  },
  {
    up: migration_20261207_011944_upload_storage_fields.up,
    down: migration_20261207_011944_upload_storage_fields.down,
    name: '20261207_011944_upload_storage_fields',
  },
  {
    up: migration_20261207_022015_auth_throttles.up,
    down: migration_20261207_022015_auth_throttles.down,
    name: '20261207_022015_auth_throttles',
  },
  {
    up: migration_20261207_042504_import_records.up,
    down: migration_20261207_042504_import_records.down,
    name: '20261207_042504_import_records'
  },
];
