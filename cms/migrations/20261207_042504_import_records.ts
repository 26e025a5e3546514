import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`import_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`system\` text NOT NULL,
  	\`source_id\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`locale\` text,
  	\`signature\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`import_records_system_idx\` ON \`import_records\` (\`system\`);`)
  await db.run(sql`CREATE INDEX \`import_records_source_id_idx\` ON \`import_records\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`import_records_item_idx\` ON \`import_records\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`import_records_updated_at_idx\` ON \`import_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_records_created_at_idx\` ON \`import_records\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`system_sourceId_idx\` ON \`import_records\` (\`system\`,\`source_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  // Edited by hand: the generated copy read `from_path` from the old table, which does not have it yet.
  await db.run(sql`CREATE TABLE \`__new_redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`from_slug\` text,
  	\`from_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_redirects\`("id", "collection", "item", "locale", "from_slug", "updated_at", "created_at") SELECT "id", "collection", "item", "locale", "from_slug", "updated_at", "created_at" FROM \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`ALTER TABLE \`__new_redirects\` RENAME TO \`redirects\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`redirects_collection_idx\` ON \`redirects\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`redirects_item_idx\` ON \`redirects\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`redirects_from_slug_idx\` ON \`redirects\` (\`from_slug\`);`)
  await db.run(sql`CREATE INDEX \`redirects_from_path_idx\` ON \`redirects\` (\`from_path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_records_id\` integer REFERENCES import_records(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_records_id_idx\` ON \`payload_locked_documents_rels\` (\`import_records_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`import_records\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`case_highlights_id\` integer,
  	\`events_id\` integer,
  	\`documents_id\` integer,
  	\`partners_id\` integer,
  	\`pages_id\` integer,
  	\`topics_id\` integer,
  	\`countries_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	\`redirects_id\` integer,
  	\`translations_id\` integer,
  	\`translation_events_id\` integer,
  	\`locale_publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_highlights_id\`) REFERENCES \`case_highlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translations_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_events_id\`) REFERENCES \`translation_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locale_publications_id\`) REFERENCES \`locale_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "case_highlights_id", "events_id", "documents_id", "partners_id", "pages_id", "topics_id", "countries_id", "media_id", "files_id", "users_id", "site_builds_id", "redirects_id", "translations_id", "translation_events_id", "locale_publications_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "case_highlights_id", "events_id", "documents_id", "partners_id", "pages_id", "topics_id", "countries_id", "media_id", "files_id", "users_id", "site_builds_id", "redirects_id", "translations_id", "translation_events_id", "locale_publications_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_highlights_id_idx\` ON \`payload_locked_documents_rels\` (\`case_highlights_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translations_id_idx\` ON \`payload_locked_documents_rels\` (\`translations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_events_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locale_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`locale_publications_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`from_slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  // Imported redirects (an old path, no slug) have no place in the old table.
  await db.run(sql`INSERT INTO \`__new_redirects\`("id", "collection", "item", "locale", "from_slug", "updated_at", "created_at") SELECT "id", "collection", "item", "locale", "from_slug", "updated_at", "created_at" FROM \`redirects\` WHERE "from_slug" IS NOT NULL;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`ALTER TABLE \`__new_redirects\` RENAME TO \`redirects\`;`)
  await db.run(sql`CREATE INDEX \`redirects_collection_idx\` ON \`redirects\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`redirects_item_idx\` ON \`redirects\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`redirects_from_slug_idx\` ON \`redirects\` (\`from_slug\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
}
