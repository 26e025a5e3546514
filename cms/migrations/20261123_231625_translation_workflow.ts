import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'missing' NOT NULL,
  	\`changed_since_publish\` integer DEFAULT false,
  	\`source_locale\` text,
  	\`fields\` text,
  	\`outdated_fields\` text,
  	\`outdated\` integer DEFAULT false,
  	\`machine_translated\` integer DEFAULT false,
  	\`assignee_id\` integer,
  	\`last_actor_id\` integer,
  	\`published_at\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translations_collection_idx\` ON \`translations\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`translations_document_id_idx\` ON \`translations\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_locale_idx\` ON \`translations\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translations_status_idx\` ON \`translations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`translations_outdated_idx\` ON \`translations\` (\`outdated\`);`)
  await db.run(sql`CREATE INDEX \`translations_assignee_idx\` ON \`translations\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_last_actor_idx\` ON \`translations\` (\`last_actor_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_updated_at_idx\` ON \`translations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translations_created_at_idx\` ON \`translations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_documentId_locale_idx\` ON \`translations\` (\`collection\`,\`document_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`translation_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`user_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_events_collection_idx\` ON \`translation_events\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_document_id_idx\` ON \`translation_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_locale_idx\` ON \`translation_events\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_user_idx\` ON \`translation_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_updated_at_idx\` ON \`translation_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_created_at_idx\` ON \`translation_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`locale_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`title\` text,
  	\`data\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`published_by_id\` integer,
  	\`source_locale\` text,
  	\`source_hashes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`locale_publications_collection_idx\` ON \`locale_publications\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`locale_publications_document_id_idx\` ON \`locale_publications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`locale_publications_published_by_idx\` ON \`locale_publications\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`locale_publications_updated_at_idx\` ON \`locale_publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_publications_created_at_idx\` ON \`locale_publications\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_documentId_locale_1_idx\` ON \`locale_publications\` (\`collection\`,\`document_id\`,\`locale\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translations_id\` integer REFERENCES translations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_events_id\` integer REFERENCES translation_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`locale_publications_id\` integer REFERENCES locale_publications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translations_id_idx\` ON \`payload_locked_documents_rels\` (\`translations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_events_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locale_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`locale_publications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translations\`;`)
  await db.run(sql`DROP TABLE \`translation_events\`;`)
  await db.run(sql`DROP TABLE \`locale_publications\`;`)
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
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "case_highlights_id", "events_id", "documents_id", "partners_id", "pages_id", "topics_id", "countries_id", "media_id", "files_id", "users_id", "site_builds_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "case_highlights_id", "events_id", "documents_id", "partners_id", "pages_id", "topics_id", "countries_id", "media_id", "files_id", "users_id", "site_builds_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
}
